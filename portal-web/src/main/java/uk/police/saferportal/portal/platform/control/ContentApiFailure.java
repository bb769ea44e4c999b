package uk.police.saferportal.portal.platform.control;

import jakarta.enterprise.context.Dependent;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;

/**
 * The fallback of every content API call that failed: whatever went wrong (no connection, no answer
 * in time, an open circuit, a 5xx) becomes the one {@link ApiUnavailableException} that the
 * callers' own fallbacks handle (the last good copy, the page's apology). Each failure is logged
 * with the request id, so that it can be found in the API's log too; a call the open circuit
 * refused is not (it would repeat the failure that opened it on every page).
 */
@Dependent
public class ContentApiFailure implements FallbackHandler<Object> {
  private static final Logger LOG = Logger.getLogger(ContentApiFailure.class.getName());

  @Override
  public Object handle(ExecutionContext context) {
    Throwable failure = context.getFailure();
    if (failure instanceof CircuitBreakerOpenException) {
      LOG.log(
          Level.FINE,
          "Content API call {0} not made: the circuit is open (request {1})",
          new Object[] {context.getMethod().getName(), RequestId.current()});
    } else {
      LOG.log(
          Level.WARNING,
          "Content API call failed: {0} (request {1})",
          new Object[] {describe(failure), RequestId.current()});
    }
    if (failure instanceof ApiUnavailableException unavailable) {
      throw unavailable;
    }
    throw new ApiUnavailableException(failure);
  }

  private static String describe(Throwable failure) {
    if (failure instanceof TimeoutException) {
      return "no answer in time";
    }
    if (failure instanceof ApiUnavailableException) {
      return "the API answered with a server error";
    }
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
