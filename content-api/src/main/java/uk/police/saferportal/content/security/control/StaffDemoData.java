package uk.police.saferportal.content.security.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import uk.police.saferportal.content.demo.entity.DemoSeeding;
import uk.police.saferportal.content.security.entity.Role;

/** The demo staff accounts editor, publisher and admin, when no staff account exists yet. */
@ApplicationScoped
public class StaffDemoData {
  /** The demo accounts' password, printed in the README. Demo mode only. */
  public static final String DEMO_PASSWORD = "demo-password";

  private static final Logger LOG = Logger.getLogger(StaffDemoData.class.getName());

  @Inject StaffDirectory staff;

  void seed(@Observes @Priority(DemoSeeding.ACCOUNTS) DemoSeeding seeding) {
    if (staff.count() > 0) {
      return;
    }
    staff.create("editor", "Erin Editor", DEMO_PASSWORD, Set.of(Role.EDITOR));
    staff.create("publisher", "Priya Publisher", DEMO_PASSWORD, Set.of(Role.PUBLISHER));
    staff.create("admin", "Alex Administrator", DEMO_PASSWORD, Set.of(Role.ADMINISTRATOR));
    LOG.info("Demo mode: seeded staff accounts editor, publisher and admin");
  }
}
