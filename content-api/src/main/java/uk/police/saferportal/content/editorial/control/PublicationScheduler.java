package uk.police.saferportal.content.editorial.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs scheduled publishing inside the application, no external cron: every few seconds each
 * content type publishes what is due and archives what has ended. Because it looks for everything
 * due up to now, anything that fell due while the application was down is caught up on the first
 * tick after a start. Several instances may tick together: the content types move each item with a
 * conditional update, so each moves once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PublicationScheduler {
  private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

  @Resource TimerService timers;
  @Inject @Any Instance<ScheduledPublishing> contentTypes;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "saferportal.scheduler.interval-seconds", defaultValue = "30")
  long intervalSeconds;

  @PostConstruct
  void start() {
    TimerConfig config = new TimerConfig("publication-scheduler", false);
    timers.createIntervalTimer(1_000, intervalSeconds * 1_000, config);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    var now = clock.instant();
    for (ScheduledPublishing type : contentTypes) {
      try {
        int published = type.publishDue(now);
        int archived = type.archiveEnded(now);
        if (published + archived > 0) {
          LOG.info(
              () -> "Scheduled publishing: " + published + " published, " + archived + " ended");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Scheduled publishing failed; will try again next tick", e);
      }
    }
  }
}
