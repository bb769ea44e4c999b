package uk.police.saferportal.content.platform.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How much of the connection pool the API uses, as JPA (EclipseLink) sees it: the connections it
 * holds from the pool now, and the most it held at once in the last minute or two ({@link
 * WindowedPeak}: reading it changes nothing, so any number of scrapers may read it). Told by
 * EclipseLink's session events (DatabaseSessionCustomizer adds this listener), so the figures are
 * the application's own view; connections that are not JPA's (the readiness probe's, Flyway's) are
 * not counted. Published as gauges by {@link DatabaseMigration} once the schema is ready.
 */
public final class DatabaseConnections extends SessionEventAdapter {
  private static final AtomicLong IN_USE = new AtomicLong();
  private static final WindowedPeak PEAK = new WindowedPeak(Duration.ofMinutes(1));

  @Override
  public void postAcquireConnection(SessionEvent event) {
    long now = IN_USE.incrementAndGet();
    PEAK.record(now, System.nanoTime());
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    IN_USE.decrementAndGet();
  }

  /** Connections held now. */
  public static long inUse() {
    return Math.max(0, IN_USE.get());
  }

  /** The most held at once in the current minute and the one before it. */
  public static long recentPeak() {
    return Math.max(inUse(), PEAK.read(System.nanoTime()));
  }
}
