package uk.police.saferportal.content.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Tag;
import uk.police.saferportal.content.platform.control.Measures;

/**
 * Request rate, latency and errors per endpoint: a timer {@code saferportal_api_requests} tagged
 * with the endpoint (resource class and method, so the number of series stays fixed whatever the
 * paths requested) and the status class (2xx, 3xx, 4xx, 5xx). Reads answered from the read cache
 * before JAX-RS are counted by the cache's own counter instead.
 */
@Provider
public class RequestTiming implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String STARTED = RequestTiming.class.getName() + ".started";

  @Context ResourceInfo resource;
  @Inject Measures measures;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object started = request.getProperty(STARTED);
    if (!(started instanceof Long nanos)) {
      return; // refused before matching (a pre-matching filter): no endpoint to name
    }
    String endpoint =
        resource.getResourceClass() == null || resource.getResourceMethod() == null
            ? "unmatched"
            : resource.getResourceClass().getSimpleName()
                + "."
                + resource.getResourceMethod().getName();
    measures.time(
        "saferportal.api.requests",
        "API requests answered by JAX-RS, per endpoint and status class",
        Duration.ofNanos(System.nanoTime() - nanos),
        new Tag("endpoint", endpoint),
        new Tag("status", response.getStatus() / 100 + "xx"));
  }
}
