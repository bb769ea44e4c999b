package uk.police.saferportal.content.demo.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo campaign pages, static pages and We Don't Buy Crime register. Illustrative only: the
 * towns are real places in the force area, but their statuses, dates and the retailers are made up
 * for the demo.
 */
final class DemoCampaigns {
  private DemoCampaigns() {}

  record DemoPage(String slug, String title, String summary, String body) {}

  record DemoTown(String name, String area, LocalDate accreditedOn) {}

  record DemoRetailer(String name, String town, String address) {}

  static final String WDBC_BODY =
      """
      <p>We Don't Buy Crime brings together residents, businesses and the police to make
      stolen goods hard to sell and easy to trace. When thieves cannot sell what they take,
      they stop taking it.</p>
      <h2>Mark your property</h2>
      <p>Forensic property marking puts an invisible code on your valuables that links them
      to your address. Police officers and partner retailers check for it.</p>
      <ul><li>Mark bikes, tools, jewellery, laptops and phones.</li>
      <li>Register what you marked so it can be returned to you.</li>
      <li>Put the window sticker up: it tells a burglar your things are marked.</li></ul>
      <h2>Towns and parishes</h2>
      <p>A town or parish is accredited when most homes are protected and local retailers have
      signed the pledge. Find yours in the list on this page.</p>
      <h2>Partner retailers</h2>
      <p>Partner retailers check second-hand goods for marking and refuse to buy what may be
      stolen.</p>
      """;

  static final String WINTER_BODY =
      """
      <p>As the evenings get darker, thieves look for homes that look empty and cars left
      unlocked. A few minutes each evening makes a real difference.</p>
      <h2>At home</h2>
      <ul><li>Put lights on timers so your home looks lived in.</li>
      <li>Lock doors and windows, even when you are in.</li></ul>
      <h2>On the road</h2>
      <ul><li>Lock your car and take valuables with you.</li>
      <li>Keep keys away from the front door.</li></ul>
      """;

  static final List<DemoPage> PAGES =
      List.of(
          new DemoPage(
              "accessibility-statement",
              "Accessibility statement",
              "How accessible this website is, and how to tell us about a problem.",
              """
              <p>This website is run by the police and the Police and Crime Commissioner. We
              want as many people as possible to be able to use it.</p>
              <h2>What you can do</h2>
              <ul><li>Change colours and fonts with your browser settings.</li>
              <li>Zoom in up to 400% without the text spilling off the screen.</li>
              <li>Use the whole site with a keyboard or a screen reader.</li></ul>
              <h2>How we test this website</h2>
              <p>We test every page against the Web Content Accessibility Guidelines version
              2.2, level AA, with automated checks and by hand.</p>
              <h2>Reporting a problem</h2>
              <p>If you find a problem, tell us through the contact details on this site. If
              you are not happy with our answer, contact the Equality Advisory and Support
              Service.</p>
              """),
          new DemoPage(
              "privacy-notice",
              "Privacy notice",
              "What we collect when you use this website, why, and your rights.",
              """
              <p>Reading advice and campaign pages does not ask for any personal data.</p>
              <h2>When you give us details</h2>
              <p>If you answer a consultation, tell us what matters in your area or volunteer,
              we ask only for what we need and say why. Contact details are optional unless
              you ask us to reply.</p>
              <h2>How long we keep it</h2>
              <p>We keep personal data only as long as we need it, then delete it.</p>
              <h2>Your rights</h2>
              <p>You can ask for a copy of your data, ask us to correct it, or ask us to
              delete it.</p>
              """),
          new DemoPage(
              "about",
              "About this website",
              "Who runs this website and what it is for.",
              """
              <p>This website helps you prevent crime where you live. It is run by the police
              with the Police and Crime Commissioner.</p>
              <h2>What you can do here</h2>
              <ul><li>Read advice on keeping yourself, your home and your family safe.</li>
              <li>Find campaigns such as We Don't Buy Crime.</li></ul>
              <p>This is not the place to report a crime. In an emergency call 999. Otherwise
              call 101 or report online.</p>
              """));

  static final List<DemoTown> TOWNS =
      List.of(
          new DemoTown("Ledbury", "herefordshire", LocalDate.of(2021, 3, 15)),
          new DemoTown("Bromyard", "herefordshire", null),
          new DemoTown("Bewdley", "north-worcestershire", LocalDate.of(2022, 6, 1)),
          new DemoTown("Pershore", "south-worcestershire", LocalDate.of(2020, 11, 20)),
          new DemoTown("Tenbury Wells", "south-worcestershire", null),
          new DemoTown("Ludlow", "shropshire", LocalDate.of(2023, 2, 10)),
          new DemoTown("Bridgnorth", "shropshire", null),
          new DemoTown("Newport", "telford-and-wrekin", LocalDate.of(2022, 9, 5)));

  static final List<DemoRetailer> RETAILERS =
      List.of(
          new DemoRetailer("Homend Second-Hand Goods", "Ledbury", "The Homend, Ledbury"),
          new DemoRetailer("Severnside Cycles", "Bewdley", "Load Street, Bewdley"),
          new DemoRetailer("Abbey Pawnbrokers", "Pershore", "Broad Street, Pershore"),
          new DemoRetailer("Castle Antiques and Collectables", "Ludlow", "Castle Square, Ludlow"),
          new DemoRetailer("High Street Exchange", "Newport", "High Street, Newport"));
}
