package uk.police.saferportal.content.page.control;

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

/** Demo static pages: the accessibility statement, the privacy notice and about, published. */
@ApplicationScoped
public class PageDemoData {
  private static final Logger LOG = Logger.getLogger(PageDemoData.class.getName());

  @Inject PageType type;
  @Inject DemoContent content;

  void seed(@Observes @Priority(DemoSeeding.CONTENT) DemoSeeding seeding) {
    if (!content.noneOf(type)) {
      return;
    }
    PAGES.forEach(page -> content.add(type, page, Map.of()));
    LOG.info("Demo mode: seeded " + PAGES.size() + " static pages");
  }

  static final List<DemoItem> PAGES =
      List.of(
          new DemoItem(
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
              """,
              List.of(),
              List.of()),
          new DemoItem(
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
              """,
              List.of(),
              List.of()),
          new DemoItem(
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
              """,
              List.of(),
              List.of()));
}
