package uk.police.saferportal.content.advice.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.police.saferportal.content.demo.control.DemoContent;
import uk.police.saferportal.content.demo.entity.DemoItem;
import uk.police.saferportal.content.demo.entity.DemoSeeding;

/** Demo advice: published articles on common subjects and one sensitive draft with a note. */
@ApplicationScoped
public class AdviceDemoData {
  private static final Logger LOG = Logger.getLogger(AdviceDemoData.class.getName());

  @Inject AdviceType type;
  @Inject DemoContent content;

  void seed(@Observes @Priority(DemoSeeding.CONTENT) DemoSeeding seeding) {
    if (!content.noneOf(type)) {
      return;
    }
    ARTICLES.forEach(article -> content.add(type, article, Map.of()));
    LOG.info("Demo mode: seeded " + ARTICLES.size() + " advice articles");
  }

  static final List<DemoItem> ARTICLES =
      List.of(
          new DemoItem(
              null,
              "Keep your home safe from burglars",
              "Simple, low-cost steps that make your home much less attractive to a burglar.",
              """
              <p>Most burglaries are opportunist: an open window, an unlocked door, keys in
              sight. A few habits stop most of them.</p>
              <h2>Lock up, every time</h2>
              <ul><li>Lock doors and windows, even when you are at home or in the garden.</li>
              <li>Keep keys, including car keys, out of sight and away from the letterbox.</li>
              <li>Lift the handle and turn the key on uPVC doors: a closed door is not a locked
              door.</li></ul>
              <h2>Make it look lived in</h2>
              <p>Use timer switches for lights and a radio, and ask a neighbour to collect
              parcels when you are away.</p>
              <h2>Mark your property</h2>
              <p>Forensic marking makes stolen goods hard to sell and easy to return. Look for
              the We Don't Buy Crime signs in your town.</p>
              """,
              List.of("burglary", "property-marking"),
              List.of(),
              true,
              null),
          new DemoItem(
              null,
              "Property marking and We Don't Buy Crime",
              "Mark your valuables with forensic marking so thieves cannot sell them.",
              """
              <p>We Don't Buy Crime works with residents, businesses and second-hand dealers
              to make stolen goods worthless to thieves.</p>
              <h2>How it works</h2>
              <ol><li>Get a forensic marking kit from your neighbourhood team or an event.</li>
              <li>Mark your valuables: bikes, tools, jewellery, electronics.</li>
              <li>Register the marked items and display the window sticker.</li></ol>
              <p>Towns where most homes are protected are accredited as We Don't Buy Crime
              towns.</p>
              """,
              List.of("property-marking", "burglary"),
              List.of(),
              true,
              null),
          new DemoItem(
              null,
              "Spot and stop doorstep scams",
              "Rogue traders and fake officials target older people at home. Know the signs.",
              """
              <p>Genuine callers will not mind you checking who they are.</p>
              <h2>Before you open the door</h2>
              <ul><li>Use a door chain or look through a window first.</li>
              <li>Ask for identification and call the company on a number you find yourself.</li>
              <li>Never agree to work on the spot or pay in cash at the door.</li></ul>
              <p>If you think you have been scammed, call 101. If someone is at your door now
              and you feel threatened, call 999.</p>
              """,
              List.of("fraud-and-scams"),
              List.of(),
              true,
              null),
          new DemoItem(
              null,
              "Protect your accounts online",
              "Strong passwords and two-step verification stop most account takeovers.",
              """
              <h2>Three things to do today</h2>
              <ol><li>Use a separate strong password for your email account.</li>
              <li>Turn on two-step verification wherever it is offered.</li>
              <li>Keep your phone, computer and apps up to date.</li></ol>
              <p>Report phishing emails by forwarding them to report@phishing.gov.uk.</p>
              """,
              List.of("cyber-crime", "fraud-and-scams"),
              List.of(),
              true,
              null),
          new DemoItem(
              null,
              "Stop thieves stealing from your van",
              "Tools stolen from vans cost tradespeople their living. Secure them overnight.",
              """
              <ul><li>Empty your van overnight or park it against a wall to block the doors.</li>
              <li>Fit extra locks and consider a van alarm.</li>
              <li>Mark your tools and keep a list of serial numbers.</li></ul>
              """,
              List.of("vehicle-crime", "property-marking"),
              List.of("north-worcestershire", "south-worcestershire"),
              true,
              null),
          new DemoItem(
              null,
              "Farm and machinery security",
              "Quad bikes, trailers, fuel and livestock: keeping rural property secure.",
              """
              <p>Rural crime hits farming families hard. Farm Watch and Horse Watch schemes
              share alerts across the community.</p>
              <h2>Secure machinery</h2>
              <ul><li>Store quad bikes and trailers out of sight, locked and immobilised.</li>
              <li>Fit trackers and mark machinery with your postcode.</li></ul>
              <h2>Protect fuel and livestock</h2>
              <p>Use lockable fuel tanks and check stock regularly. Report suspicious vehicles
              to 101, or 999 if a crime is happening now.</p>
              """,
              List.of("rural-crime"),
              List.of("herefordshire", "shropshire"),
              true,
              null),
          new DemoItem(
              null,
              "Bike security in Telford",
              "Lock it, mark it, register it: how to keep your bike.",
              """
              <p>Use a sold secure D-lock through the frame and wheel, lock to something
              fixed, and register the frame number.</p>
              """,
              List.of("vehicle-crime", "property-marking"),
              List.of("telford-and-wrekin"),
              true,
              null),
          new DemoItem(
              null,
              "Recognising domestic abuse",
              "Abuse is not only physical. Find confidential help for you or someone you know.",
              """
              <p>Domestic abuse can be emotional, financial, sexual or physical, and includes
              coercive control. It is never your fault.</p>
              <p>In an emergency call 999. If you cannot speak, press 55 when prompted.</p>
              """,
              List.of("domestic-abuse"),
              List.of(),
              false,
              "This page talks about domestic abuse, including coercive control. If you are in"
                  + " danger now, call 999."));
}
