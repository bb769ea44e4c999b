package uk.police.saferportal.content.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether the database answers now: for readiness, and to tell an outage from a refusal. */
@ApplicationScoped
public class DatabaseProbe {

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  /** After a failed probe, how long later probes answer "no" at once instead of waiting again. */
  private static final long REMEMBER_FAILURE_NANOS = 1_000_000_000L;

  private volatile long failedAt;
  private volatile boolean failed;

  /**
   * A connection from the pool, pinged within 2 s (the pool's own wait and login limits apply). A
   * failure is remembered for a second, so that while the database is away every request that asks
   * learns it at once rather than each waiting out the timeouts again.
   */
  public boolean reachable() {
    if (failed && System.nanoTime() - failedAt < REMEMBER_FAILURE_NANOS) {
      return false;
    }
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      reachable = false;
    }
    if (!reachable) {
      failedAt = System.nanoTime();
    }
    failed = !reachable;
    return reachable;
  }
}
