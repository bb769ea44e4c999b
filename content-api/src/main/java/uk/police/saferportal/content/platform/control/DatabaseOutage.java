package uk.police.saferportal.content.platform.control;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Whether a failure means the database is out of reach for now (stopped, restarting, failing over,
 * the pool exhausted, a statement over its time) rather than a fault in the request or the code:
 * such a failure is answered 503 with {@code Retry-After}, never 500 and never "sign in again".
 */
public final class DatabaseOutage {
  /** Seconds a client is asked to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutage() {}

  /** The answer while the database is out of reach: 503, try again in a few seconds. */
  public static ProblemException problem() {
    return new ProblemException(
        Problem.of(
            ProblemType.UNAVAILABLE,
            "The service is busy or restarting. Please try again in a few seconds."),
        Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
  }

  public static boolean causes(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth++ < 64; cause = next(cause)) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof SQLTimeoutException
          || cause instanceof ConnectException
          || cause instanceof ResourceException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") // connection exception
              || sql.getSQLState().equals("HY008") // statement cancelled (timeout)
              || sql.getSQLState().equals("70100"))) { // query interrupted
        return true;
      }
    }
    return false;
  }

  /** The next cause in a chain, an SQL exception's next exception included. */
  static Throwable next(Throwable cause) {
    Throwable next = cause.getCause();
    if (next == null && cause instanceof SQLException sql) {
      next = sql.getNextException();
    }
    return next == cause ? null : next;
  }
}
