package uk.police.saferportal.content.platform.control;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How much of the connection pool the API uses, as JPA (EclipseLink) sees it: the connections it
 * holds from the pool now, and the most it held at once since the metric was last read. Told by
 * EclipseLink's session events (DatabaseSessionCustomizer adds this listener), so the figures are
 * the application's own view; connections that are not JPA's (the readiness probe's, Flyway's) are
 * not counted. Published as gauges by {@link DatabaseMigration} once the schema is ready.
 */
public final class DatabaseConnections extends SessionEventAdapter {
  private static final AtomicLong IN_USE = new AtomicLong();
  private static final AtomicLong PEAK = new AtomicLong();

  @Override
  public void postAcquireConnection(SessionEvent event) {
    long now = IN_USE.incrementAndGet();
    PEAK.accumulateAndGet(now, Math::max);
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    IN_USE.decrementAndGet();
  }

  /** Connections held now. */
  public static long inUse() {
    return Math.max(0, IN_USE.get());
  }

  /** The most held at once since the previous call (then the count starts from those held now). */
  public static long peakSinceLastRead() {
    return Math.max(0, PEAK.getAndSet(IN_USE.get()));
  }
}
