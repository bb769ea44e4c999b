package uk.police.saferportal.portal.platform.control;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.lang.reflect.Method;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every request to the content API carries: the portal request's id ({@link RequestId}) as
 * {@code X-Request-Id}, and, for a public read, the short socket time-outs a resident's page can
 * afford ({@code saferportal.portal.api.read-timeout-ms}, for connecting and for waiting for the
 * answer). Staff calls keep the client's own, longer ones ({@code
 * content-api/mp-rest/readTimeout}).
 */
public class ContentApiRequests implements ClientRequestFilter {
  /** The client method being called, as MicroProfile Rest Client gives it to its filters. */
  static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

  // Jersey's per-request socket time-outs (Payara's rest client is Jersey's)
  static final String READ_TIMEOUT = "jersey.config.client.readTimeout";
  static final String CONNECT_TIMEOUT = "jersey.config.client.connectTimeout";

  private final int readTimeoutMillis =
      ConfigProvider.getConfig()
          .getOptionalValue("saferportal.portal.api.read-timeout-ms", Integer.class)
          .orElse(400);

  @Override
  public void filter(ClientRequestContext request) {
    request
        .getHeaders()
        .putSingle(
            RequestId.HEADER,
            RequestId.ofThisRequest().orElseGet(() -> UUID.randomUUID().toString()));
    if (request.getProperty(INVOKED_METHOD) instanceof Method method
        && !ContentApiCircuit.isStaff(method)) {
      request.setProperty(READ_TIMEOUT, readTimeoutMillis);
      request.setProperty(CONNECT_TIMEOUT, readTimeoutMillis);
    }
  }
}
