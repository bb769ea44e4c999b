package uk.police.saferportal.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;

/**
 * Ready only while the content API answers a public read through the portal's circuit: DOWN when it
 * does not answer in time, fails, or the circuit is open after failures, so that a load balancer
 * sends residents to an instance that can serve fresh pages. Liveness has no such check: restarting
 * the portal would not bring the API back.
 */
@Readiness
@ApplicationScoped
public class ContentApiHealth implements HealthCheck {
  @Inject @RestClient ContentApiProbe api;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder health = HealthCheckResponse.named("content-api");
    try {
      api.areas();
      return health.up().build();
    } catch (ApiProblemException e) {
      return health.up().build(); // it answered, with a problem: it is there
    } catch (RuntimeException e) {
      return health.down().withData("reason", reason(e)).build();
    }
  }

  private static String reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CircuitBreakerOpenException) {
        return "circuit open after failed calls";
      }
      if (cause instanceof java.net.SocketTimeoutException
          || cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
        return "no answer in time";
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return "unreachable or failing";
  }
}
