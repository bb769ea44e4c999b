package uk.police.saferportal.content.platform.control;

import java.sql.SQLException;

/**
 * Whether a failure is the database refusing a second row with the same unique key: two requests
 * made the same thing at the same moment (the same slug, say), and the later one lost. That is a
 * conflict for the client to resolve (409), not a fault of the server.
 */
public final class UniqueViolation {
  /** MariaDB's "Duplicate entry ... for key ...". */
  private static final int DUPLICATE_ENTRY = 1062;

  private UniqueViolation() {}

  public static boolean causes(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure;
        cause != null && depth++ < 64;
        cause = DatabaseOutage.next(cause)) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY) {
        return true;
      }
    }
    return false;
  }
}
