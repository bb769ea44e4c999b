package uk.police.saferportal.content.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.police.saferportal.content.platform.control.RequestId;

/**
 * Gives every request its id ({@link RequestId}) for the log lines it causes, and sends it back in
 * {@code X-Request-Id}, so that a client (the portal, an operator with curl) can quote it.
 */
@WebFilter(filterName = "RequestIds", urlPatterns = "/*")
public class RequestIds extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestId.from(request.getHeader(RequestId.HEADER));
    response.setHeader(RequestId.HEADER, id);
    RequestId.begin(id);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestId.end();
    }
  }
}
