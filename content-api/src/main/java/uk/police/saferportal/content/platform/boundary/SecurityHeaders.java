package uk.police.saferportal.content.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API's security headers on every answer, kept ones and errors included, set here so that they
 * hold without the proxy (issue 10). The API answers data and files, never a page to run: its
 * policy lets nothing load, run, frame it or be framed, and sandboxes whatever a browser opens from
 * it (a media file opened in a tab included). HSTS only over HTTPS (the proxy's {@code
 * X-Forwarded-Proto} is mapped to the request's scheme, docker/preboot.asadmin): a browser ignores
 * it over plain HTTP, and a local run must stay reachable.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'; sandbox";

  static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=()";

  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", PERMISSIONS);
    response.setHeader("X-Frame-Options", "DENY");
    if ("https".equalsIgnoreCase(request.getScheme())) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}
