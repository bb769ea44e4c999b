package uk.police.saferportal.portal.platform.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Problem;

/**
 * Turns the API's problem+json answers into {@link ApiProblemException}; a 5xx, or an answer that
 * is not a problem (a proxy's error page), means the API is unavailable.
 */
public class ProblemResponseMapper implements ResponseExceptionMapper<RuntimeException> {
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public RuntimeException toThrowable(Response response) {
    if (response.getStatus() >= 500) {
      return new ApiUnavailableException(null);
    }
    try {
      String body = response.readEntity(String.class);
      Problem problem = JSONB.fromJson(body, Problem.class);
      if (problem == null || problem.status() == 0) {
        return new ApiUnavailableException(null);
      }
      return new ApiProblemException(problem);
    } catch (JsonbException | IllegalStateException | jakarta.ws.rs.ProcessingException e) {
      return new ApiUnavailableException(e);
    }
  }
}
