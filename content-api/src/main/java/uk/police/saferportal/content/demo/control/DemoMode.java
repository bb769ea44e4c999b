package uk.police.saferportal.content.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.demo.entity.DemoSeeding;

/**
 * Starts demo mode, only when {@code saferportal.demo.enabled=true} (a real deployment never gets
 * demo data): once the schema is migrated, announces {@link DemoSeeding}, and each feature seeds
 * its own data in one transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoMode {
  @Inject
  @ConfigProperty(name = "saferportal.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject Event<DemoSeeding> seeding;

  @PostConstruct
  void start() {
    if (enabled) {
      seeding.fire(new DemoSeeding());
    }
  }
}
