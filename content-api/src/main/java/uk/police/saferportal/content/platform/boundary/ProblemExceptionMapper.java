package uk.police.saferportal.content.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.police.saferportal.content.platform.entity.ProblemException;

/** Answers the API's own problems as they were raised. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
  @Override
  public Response toResponse(ProblemException exception) {
    return ProblemResponses.of(exception.problem(), exception.headers());
  }
}
