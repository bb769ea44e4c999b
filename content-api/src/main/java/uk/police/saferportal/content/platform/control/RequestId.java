package uk.police.saferportal.content.platform.control;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The id of the request being answered on this thread: the caller's {@code X-Request-Id} when it is
 * well formed (the portal sends its own, so one id follows a page through both), else a new one.
 * Log lines about a request carry it as a field of their own ({@code requestId}: Payara's JSON
 * formatter writes a record's map parameter as fields).
 */
public final class RequestId {
  public static final String HEADER = "X-Request-Id";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestId() {}

  /** The caller's id if it is well formed, otherwise a new one. */
  public static String from(String header) {
    return header != null && WELL_FORMED.matcher(header).matches()
        ? header
        : UUID.randomUUID().toString();
  }

  public static void begin(String id) {
    CURRENT.set(id);
  }

  public static void end() {
    CURRENT.remove();
  }

  /** The current request's id, or "-" outside a request (a timer, start-up). */
  public static String current() {
    String id = CURRENT.get();
    return id == null ? "-" : id;
  }

  /** Logs a line about the current request, with its id as a field and in the text. */
  public static void log(Logger logger, Level level, String message, Throwable failure) {
    if (!logger.isLoggable(level)) {
      return;
    }
    String id = current();
    LogRecord record = new LogRecord(level, message + " [request " + id + "]");
    record.setLoggerName(logger.getName());
    record.setParameters(new Object[] {Map.of("requestId", id)});
    record.setThrown(failure);
    logger.log(record);
  }
}
