package uk.police.saferportal.content.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Refuses a request whose {@code Content-Type} or {@code Accept} does not parse ({@link
 * HeaderGrammar}) with a 400 problem, before the JAX-RS runtime tries to parse it and fails with an
 * exception of its own (an HTML 500 from the container, naming its classes).
 */
@WebFilter(filterName = "MalformedHeaders", urlPatterns = "/v1/*")
public class MalformedHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String contentType = request.getHeader("Content-Type");
    String accept = request.getHeader("Accept");
    if (contentType != null && !HeaderGrammar.contentType(contentType)) {
      refuse(response, "The Content-Type header is not a valid media type. Send application/json.");
    } else if (accept != null && !HeaderGrammar.accept(accept)) {
      refuse(
          response,
          "The Accept header is not a valid list of media types. Send application/json, or leave"
              + " it out.");
    } else {
      chain.doFilter(request, response);
    }
  }

  private static void refuse(HttpServletResponse response, String detail) throws IOException {
    ProblemResponses.write(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        Problem.of(ProblemType.MALFORMED_REQUEST, detail));
  }
}
