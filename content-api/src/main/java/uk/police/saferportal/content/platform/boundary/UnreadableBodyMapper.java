package uk.police.saferportal.content.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemType;

/** Malformed JSON, or JSON of the wrong shape, is the client's mistake: 400, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {
  @Override
  public Response toResponse(JsonbException exception) {
    return ProblemResponses.raisedWithin(
        exception,
        Problem.of(
            ProblemType.MALFORMED_REQUEST,
            "The request body is not valid JSON of the expected shape."));
  }
}
