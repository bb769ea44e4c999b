package uk.police.saferportal.portal.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.police.saferportal.portal.platform.control.RequestId;

/**
 * Gives every request its id ({@link RequestId}: the caller's well-formed {@code X-Request-Id}, or
 * a new one) and sends it back as {@code X-Request-Id}. Declared first in web.xml, so that every
 * call to the content API made for the request, the sign-in's included, carries it.
 */
public class RequestIds extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject RequestId requestId;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = requestId.take(request.getHeader(RequestId.HEADER));
    response.setHeader(RequestId.HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (!response.isCommitted() && !response.containsHeader(RequestId.HEADER)) {
        response.setHeader(RequestId.HEADER, id); // an error page reset the answer
      }
    }
  }
}
