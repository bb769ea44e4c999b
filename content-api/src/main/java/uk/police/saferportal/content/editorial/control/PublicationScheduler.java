package uk.police.saferportal.content.editorial.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.platform.control.Measures;

/**
 * Runs scheduled publishing inside the application, no external cron: every few seconds each
 * content type publishes what is due and archives what has ended. Because it looks for everything
 * due up to now, anything that fell due while the application was down is caught up on the first
 * tick after a start. Several instances tick at about the same moments (see {@link #onTheClock}):
 * the content types move each item with a conditional update, so each moves once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PublicationScheduler {
  private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

  @Resource TimerService timers;
  @Inject Measures measures;
  @Inject @Any Instance<ScheduledPublishing> contentTypes;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "saferportal.scheduler.interval-seconds", defaultValue = "30")
  long intervalSeconds;

  @PostConstruct
  void start() {
    TimerConfig config = new TimerConfig("publication-scheduler", false);
    onTheClock(intervalSeconds)
        .ifPresentOrElse(
            every -> timers.createCalendarTimer(every, config),
            () -> timers.createIntervalTimer(1_000, intervalSeconds * 1_000, config));
  }

  /**
   * Ticks on the clock rather than from each start: an interval that divides a minute (or an hour,
   * in whole minutes) ticks at its multiples, e.g. at :00 and :30 of each minute with the default
   * 30 seconds, plus the timer service's own delay. Something scheduled for 09:00 is then moved
   * soon after 09:00:00 rather than up to a whole interval later, and instances tick at about the
   * same moments. Other intervals count from the start.
   */
  static Optional<ScheduleExpression> onTheClock(long seconds) {
    if (seconds > 0 && seconds < 60 && 60 % seconds == 0) {
      return Optional.of(
          new ScheduleExpression()
              .hour("*")
              .minute("*")
              .second(seconds == 1 ? "*" : "*/" + seconds));
    }
    long minutes = seconds / 60;
    if (seconds % 60 == 0 && minutes > 0 && minutes < 60 && 60 % minutes == 0) {
      return Optional.of(
          new ScheduleExpression()
              .hour("*")
              .minute(minutes == 1 ? "*" : "*/" + minutes)
              .second("0"));
    }
    return Optional.empty();
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    var now = clock.instant();
    for (ScheduledPublishing type : contentTypes) {
      try {
        int published = type.publishDue(now);
        int archived = type.archiveEnded(now);
        measures.count(
            "saferportal.scheduler.published", "Items the scheduler published when due", published);
        measures.count(
            "saferportal.scheduler.ended", "Items the scheduler archived when ended", archived);
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
