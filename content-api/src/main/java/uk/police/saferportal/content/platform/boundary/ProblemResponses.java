package uk.police.saferportal.content.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;

/** Turns a {@link Problem} into an HTTP response. Serialised here so no provider can alter it. */
public final class ProblemResponses {
  private static final Jsonb JSONB = JsonbBuilder.create();

  private ProblemResponses() {}

  public static Response of(Problem problem) {
    return of(problem, Map.of());
  }

  /**
   * The problem a cause in the chain raised (a size limit hit while a body was being parsed), or
   * the given one.
   */
  public static Response raisedWithin(Throwable exception, Problem otherwise) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException raised) {
        return of(raised.problem(), raised.headers());
      }
    }
    return of(otherwise);
  }

  /**
   * Writes a problem straight to a servlet response, for what answers before JAX-RS or outside it
   * (servlet filters, the WAR's error page), with the same body and headers as {@link #of}.
   */
  static void write(HttpServletResponse response, int status, Problem problem) throws IOException {
    byte[] body = JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  public static Response of(Problem problem, Map<String, String> headers) {
    Response.ResponseBuilder response =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE)
            .header("Cache-Control", "no-store")
            .entity(JSONB.toJson(problem));
    headers.forEach(response::header);
    return response.build();
  }
}
