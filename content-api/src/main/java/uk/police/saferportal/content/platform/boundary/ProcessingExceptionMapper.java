package uk.police.saferportal.content.platform.boundary;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemType;

/** Jersey wraps unreadable request bodies in a ProcessingException: the client's mistake. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
  @Override
  public Response toResponse(ProcessingException exception) {
    return ProblemResponses.raisedWithin(
        exception,
        Problem.of(
            ProblemType.MALFORMED_REQUEST,
            "The request body is not valid JSON of the expected shape."));
  }
}
