package uk.police.saferportal.content.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.campaign.control.WdbcRegister;
import uk.police.saferportal.content.campaign.entity.AccreditationStatus;
import uk.police.saferportal.content.campaign.entity.Campaign;
import uk.police.saferportal.content.campaign.entity.CampaignDetails;
import uk.police.saferportal.content.campaign.entity.WdbcTown;
import uk.police.saferportal.content.editorial.control.ContentDesk;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.editorial.control.RichTextSanitiser;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.page.entity.StaticPage;
import uk.police.saferportal.content.security.control.StaffDirectory;
import uk.police.saferportal.content.security.entity.Role;

/**
 * Seeds demo content, once, only in demo mode (a real deployment never gets it): the staff accounts
 * and advice when no staff account exists yet; the campaign pages (We Don't Buy Crime hub with its
 * towns and retailers, and a second campaign) and the static pages when no campaign or page exists
 * yet. So a restart never duplicates anything, and a demo database made before campaigns existed
 * gets them on its next start.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoContent {
  /** The demo accounts' password, printed in the README. Demo mode only. */
  public static final String DEMO_PASSWORD = "demo-password";

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final String SEEDER = "demo";

  @Inject
  @ConfigProperty(name = "saferportal.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject StaffDirectory staff;
  @Inject ContentDesk desk;
  @Inject ContentStore store;
  @Inject AreaDirectory directory;
  @Inject WdbcRegister register;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    if (staff.count() == 0) {
      seedStaffAndAdvice();
    }
    if (store.count(Campaign.class) == 0 && store.count(StaticPage.class) == 0) {
      seedCampaignsAndPages();
    }
  }

  private void seedStaffAndAdvice() {
    staff.create("editor", "Erin Editor", DEMO_PASSWORD, Set.of(Role.EDITOR));
    staff.create("publisher", "Priya Publisher", DEMO_PASSWORD, Set.of(Role.PUBLISHER));
    staff.create("admin", "Alex Administrator", DEMO_PASSWORD, Set.of(Role.ADMINISTRATOR));
    for (DemoArticle article : DemoArticle.ALL) {
      var fields =
          fields(
              article.title(),
              article.summary(),
              article.body(),
              article.topics(),
              article.areas(),
              article.contentNote());
      var advice =
          desk.create(
              Advice.class,
              Optional.empty(),
              fields.title(),
              (slug, now) -> new Advice(slug, fields, SEEDER, now),
              SEEDER);
      if (article.published()) {
        publish(Advice.class, advice);
      }
    }
    LOG.info(
        "Demo mode: seeded staff accounts editor, publisher and admin, and "
            + DemoArticle.ALL.size()
            + " advice articles");
  }

  private void seedCampaignsAndPages() {
    var hub =
        fields(
            "We Don't Buy Crime",
            "Mark your property, shop with partner retailers, and make stolen goods worthless"
                + " to thieves.",
            DemoCampaigns.WDBC_BODY,
            List.of("property-marking", "burglary"),
            List.of());
    var hubDetails =
        new CampaignDetails(
            null,
            null,
            "Ask your neighbourhood team for a marking kit",
            "/advice/property-marking-and-we-dont-buy-crime",
            LocalDate.of(2019, 4, 1),
            null);
    publish(
        Campaign.class,
        desk.create(
            Campaign.class,
            Optional.of(new Slug("we-dont-buy-crime")),
            hub.title(),
            (slug, now) -> new Campaign(slug, hub, hubDetails, SEEDER, now),
            SEEDER));
    var winter =
        fields(
            "Lock it or lose it this winter",
            "Dark evenings bring a rise in vehicle crime and burglary. Simple steps to stay safe.",
            DemoCampaigns.WINTER_BODY,
            List.of("vehicle-crime", "burglary"),
            List.of());
    var winterDetails =
        new CampaignDetails(
            null,
            null,
            "Read our burglary advice",
            "/advice/keep-your-home-safe-from-burglars",
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2027, 2, 28));
    publish(
        Campaign.class,
        desk.create(
            Campaign.class,
            Optional.empty(),
            winter.title(),
            (slug, now) -> new Campaign(slug, winter, winterDetails, SEEDER, now),
            SEEDER));
    for (DemoCampaigns.DemoPage page : DemoCampaigns.PAGES) {
      var fields = fields(page.title(), page.summary(), page.body(), List.of(), List.of());
      publish(
          StaticPage.class,
          desk.create(
              StaticPage.class,
              Optional.of(new Slug(page.slug())),
              fields.title(),
              (slug, now) -> new StaticPage(slug, fields, SEEDER, now),
              SEEDER));
    }
    Map<String, WdbcTown> towns = new HashMap<>();
    for (DemoCampaigns.DemoTown town : DemoCampaigns.TOWNS) {
      towns.put(
          town.name(),
          register.addTown(
              town.name(),
              directory.area(town.area()).orElseThrow(),
              town.accreditedOn() == null
                  ? AccreditationStatus.WORKING_TOWARDS
                  : AccreditationStatus.ACCREDITED,
              town.accreditedOn(),
              SEEDER));
    }
    for (DemoCampaigns.DemoRetailer retailer : DemoCampaigns.RETAILERS) {
      register.addRetailer(
          retailer.name(), towns.get(retailer.town()).id(), retailer.address(), null, SEEDER);
    }
    LOG.info(
        "Demo mode: seeded the We Don't Buy Crime hub with "
            + DemoCampaigns.TOWNS.size()
            + " towns and "
            + DemoCampaigns.RETAILERS.size()
            + " retailers, a second campaign, and "
            + DemoCampaigns.PAGES.size()
            + " static pages");
  }

  private ContentFields fields(
      String title, String summary, String body, List<String> topics, List<String> areas) {
    return fields(title, summary, body, topics, areas, null);
  }

  private ContentFields fields(
      String title,
      String summary,
      String body,
      List<String> topics,
      List<String> areas,
      String contentNote) {
    return new ContentFields(
        title,
        summary,
        RichTextSanitiser.sanitise(body),
        directory.topics(topics, "topics"),
        directory.areas(areas, "areas"),
        contentNote);
  }

  private <T extends ContentItem> void publish(Class<T> type, T item) {
    desk.act(type, item.slug(), EditorialAction.PUBLISH, Optional.empty(), SEEDER);
  }

  record DemoArticle(
      String title,
      String summary,
      String body,
      List<String> topics,
      List<String> areas,
      boolean published,
      String contentNote) {

    DemoArticle(
        String title,
        String summary,
        String body,
        List<String> topics,
        List<String> areas,
        boolean published) {
      this(title, summary, body, topics, areas, published, null);
    }

    static final List<DemoArticle> ALL =
        List.of(
            new DemoArticle(
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
                true),
            new DemoArticle(
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
                true),
            new DemoArticle(
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
                true),
            new DemoArticle(
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
                true),
            new DemoArticle(
                "Stop thieves stealing from your van",
                "Tools stolen from vans cost tradespeople their living. Secure them overnight.",
                """
                <ul><li>Empty your van overnight or park it against a wall to block the doors.</li>
                <li>Fit extra locks and consider a van alarm.</li>
                <li>Mark your tools and keep a list of serial numbers.</li></ul>
                """,
                List.of("vehicle-crime", "property-marking"),
                List.of("north-worcestershire", "south-worcestershire"),
                true),
            new DemoArticle(
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
                true),
            new DemoArticle(
                "Bike security in Telford",
                "Lock it, mark it, register it: how to keep your bike.",
                """
                <p>Use a sold secure D-lock through the frame and wheel, lock to something
                fixed, and register the frame number.</p>
                """,
                List.of("vehicle-crime", "property-marking"),
                List.of("telford-and-wrekin"),
                true),
            new DemoArticle(
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
}
