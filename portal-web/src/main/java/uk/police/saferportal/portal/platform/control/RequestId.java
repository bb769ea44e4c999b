package uk.police.saferportal.portal.platform.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the portal request being answered: the caller's {@code X-Request-Id} when it is well
 * formed (a proxy in front may have given one), else a new UUID. It is sent back on the answer,
 * passed to the content API on every call made for the request ({@link ContentApiRequests}) and
 * named in the portal's log lines about failed calls, so one request can be followed through both
 * logs.
 */
@RequestScoped
public class RequestId {
  public static final String HEADER = "X-Request-Id";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private String value = UUID.randomUUID().toString();

  /** Takes the caller's id if it is well formed; answers the id of this request. */
  public String take(String incoming) {
    if (isWellFormed(incoming)) {
      value = incoming;
    }
    return value;
  }

  public String value() {
    return value;
  }

  static boolean isWellFormed(String id) {
    return id != null && WELL_FORMED.matcher(id).matches();
  }

  /** The id of the request this thread answers; empty outside a request (a health probe). */
  public static Optional<String> ofThisRequest() {
    try {
      return Optional.of(CDI.current().select(RequestId.class).get().value());
    } catch (ContextNotActiveException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** For log lines: the id of this request, or "none". */
  static String current() {
    return ofThisRequest().orElse("none");
  }
}
