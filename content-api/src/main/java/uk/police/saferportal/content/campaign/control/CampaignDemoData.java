package uk.police.saferportal.content.campaign.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import uk.police.saferportal.content.campaign.entity.CampaignDetails;
import uk.police.saferportal.content.demo.control.DemoContent;
import uk.police.saferportal.content.demo.entity.DemoItem;
import uk.police.saferportal.content.demo.entity.DemoSeeding;

/**
 * Demo campaigns: the We Don't Buy Crime hub (its register of towns and retailers is the {@code
 * wdbc} feature's) and a seasonal campaign with dates. Illustrative only.
 */
@ApplicationScoped
public class CampaignDemoData {
  private static final Logger LOG = Logger.getLogger(CampaignDemoData.class.getName());

  @Inject CampaignType type;
  @Inject DemoContent content;

  void seed(@Observes @Priority(DemoSeeding.CONTENT) DemoSeeding seeding) {
    if (!content.noneOf(type)) {
      return;
    }
    content.add(
        type,
        new DemoItem(
            "we-dont-buy-crime",
            "We Don't Buy Crime",
            "Mark your property, shop with partner retailers, and make stolen goods worthless"
                + " to thieves.",
            WDBC_BODY,
            List.of("property-marking", "burglary"),
            List.of()),
        new CampaignDetails(
                null,
                null,
                "Ask your neighbourhood team for a marking kit",
                "/advice/property-marking-and-we-dont-buy-crime",
                LocalDate.of(2019, 4, 1),
                null)
            .asText());
    content.add(
        type,
        new DemoItem(
            null,
            "Lock it or lose it this winter",
            "Dark evenings bring a rise in vehicle crime and burglary. Simple steps to stay safe.",
            WINTER_BODY,
            List.of("vehicle-crime", "burglary"),
            List.of()),
        new CampaignDetails(
                null,
                null,
                "Read our burglary advice",
                "/advice/keep-your-home-safe-from-burglars",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 2, 28))
            .asText());
    LOG.info("Demo mode: seeded the We Don't Buy Crime hub and a second campaign");
  }

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
}
