package uk.police.saferportal.content.platform.boundary;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Errors raised by JAX-RS itself (no such resource, wrong method, unreadable body) in the one
 * problem shape. The exception's own message is never echoed: it may name classes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (type) {
          case NOT_FOUND -> "There is nothing at this address.";
          case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
          case UNSUPPORTED_MEDIA_TYPE ->
              "Send the request body as application/json (media uploads: multipart/form-data).";
          case NOT_ACCEPTABLE -> "This address answers with application/json only.";
          case MALFORMED_REQUEST -> "The request body is not valid JSON of the expected shape.";
          default -> type.title() + ".";
        };
    Problem problem = Problem.of(type, detail);
    if (exception instanceof NotAllowedException) {
      String allow = exception.getResponse().getHeaderString("Allow");
      return ProblemResponses.of(problem, allow == null ? Map.of() : Map.of("Allow", allow));
    }
    if (exception instanceof NotFoundException) {
      return ProblemResponses.of(problem);
    }
    return ProblemResponses.of(new Problem(problem.type(), problem.title(), status, detail, null));
  }
}
