package uk.police.saferportal.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;

/**
 * The portal's calls of the content API, under MicroProfile Fault Tolerance: one circuit for the
 * public reads a resident's page waits for, one for staff calls. A call that fails (refused, timed
 * out, a 5xx) counts against its circuit; when half of the last four calls failed, the circuit
 * opens and for five seconds its calls fail at once, without waiting for an API that does not
 * answer, then one trial call decides whether it closes again. An answer with a problem (404, 400,
 * 409) is the API working, and counts as a success.
 *
 * <p>What a failed call falls back to is {@link ContentApiFailure}: the one {@code
 * ApiUnavailableException}, for which {@link ContentCache} serves its last good copy and pages
 * their apology.
 *
 * <p>The socket time-outs ({@link ContentApiRequests}) end a call that waits for an answer (an
 * interrupt cannot end a blocked socket read); the {@code @Timeout} here also fails a call whose
 * answer trickles in too slowly. Every value can be changed by MicroProfile Config (see
 * microprofile-config.properties).
 */
@ApplicationScoped
public class ContentApiCircuit {

  /** Whether a call of this client method is a staff call (else a public read). */
  static boolean isStaff(Method method) {
    ContentApiClient client = method.getDeclaringClass().getAnnotation(ContentApiClient.class);
    return client == null || client.staff();
  }

  /**
   * A public read: a resident's page waits for it. Waiting for the API is bounded by the socket
   * time-outs (400 ms); this bounds the whole call, the client's set-up on first use included.
   */
  @Timeout(1000)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 5000,
      successThreshold = 1,
      skipOn = ApiProblemException.class)
  @Fallback(value = ContentApiFailure.class, skipOn = ApiProblemException.class)
  public Object read(Callable<Object> call) throws Exception {
    return call.call();
  }

  /** A staff call: signed in, or a change; given longer, on a circuit of its own. */
  @Timeout(6000)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 5000,
      successThreshold = 1,
      skipOn = ApiProblemException.class)
  @Fallback(value = ContentApiFailure.class, skipOn = ApiProblemException.class)
  public Object staff(Callable<Object> call) throws Exception {
    return call.call();
  }
}
