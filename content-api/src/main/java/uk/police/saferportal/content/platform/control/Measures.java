package uk.police.saferportal.content.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's own MicroProfile Metrics (scope {@code application} at {@code /metrics}):
 * counters of what happened and gauges read when scraped. The registry is looked up when first
 * used, not injected: injecting it eagerly broke bean creation during start-up. A metric that
 * cannot be recorded is skipped; measuring never fails the work measured.
 */
@ApplicationScoped
public class Measures {
  private static final Logger LOG = Logger.getLogger(Measures.class.getName());

  @Inject Instance<MetricRegistry> metrics;

  /** Adds {@code amount} (if positive) to the counter {@code name}. */
  public void count(String name, String description, long amount) {
    if (amount <= 0) {
      return;
    }
    try {
      metrics.get().counter(metadata(name, description)).inc(amount);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Metric " + name + " not counted", e);
    }
  }

  /** A gauge whose value is read from {@code value} at every scrape (-1 when it fails). */
  public void gauge(String name, String description, Supplier<Long> value) {
    try {
      metrics
          .get()
          .gauge(
              metadata(name, description),
              () -> {
                try {
                  return value.get();
                } catch (RuntimeException e) {
                  return -1L; // the database is away, say: the scrape still answers
                }
              });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Metric " + name + " not registered", e);
    }
  }

  /** Records one occurrence taking {@code duration} in the timer {@code name} with its tags. */
  public void time(String name, String description, Duration duration, Tag... tags) {
    try {
      Metadata seconds =
          Metadata.builder()
              .withName(name)
              .withDescription(description)
              .withUnit(MetricUnits.SECONDS)
              .build();
      metrics.get().timer(seconds, tags).update(duration);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Metric " + name + " not timed", e);
    }
  }

  private static Metadata metadata(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }
}
