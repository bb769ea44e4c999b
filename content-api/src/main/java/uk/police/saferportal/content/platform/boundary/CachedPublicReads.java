package uk.police.saferportal.content.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.police.saferportal.content.platform.control.PublicReadCache;

/**
 * Answers a public read that {@link PublicReads} has already answered and kept, before JAX-RS: a
 * cache hit then costs a map lookup and a write, not resource matching, injection, filters and
 * providers. The key is {@link PublicReads#key(String, String)} of the same servlet request, so a
 * hit is exactly a request JAX-RS answered with these bytes since the latest change (the cache's
 * generation check). The answer is the one JAX-RS sends: {@code application/json}, the strong ETag,
 * {@link HttpCaching#PUBLIC}, 304 on a matching {@code If-None-Match}.
 *
 * <p>Anything this filter cannot answer exactly as JAX-RS would goes on to JAX-RS: other methods
 * than GET, a request with a body or credentials, an {@code Accept} that is not plainly JSON (with
 * parameters, say), {@code If-Match} or {@code If-Unmodified-Since}, and every miss.
 */
@WebFilter(filterName = "CachedPublicReads", urlPatterns = "/v1/*")
public class CachedPublicReads extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient PublicReadCache cache;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    PublicReadCache.Answer kept = answerable(request) ? cache.kept(keyOf(request)) : null;
    if (kept == null) {
      chain.doFilter(request, response);
      return;
    }
    String etag = '"' + kept.etag() + '"';
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", HttpCaching.PUBLIC);
    if (matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setContentLength(kept.bytes().length);
    response.getOutputStream().write(kept.bytes());
  }

  static String keyOf(HttpServletRequest request) {
    return PublicReads.key(request.getRequestURI(), request.getQueryString());
  }

  static boolean answerable(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && request.getHeader("Authorization") == null
        && request.getHeader("Content-Length") == null
        && request.getHeader("Transfer-Encoding") == null
        && request.getHeader("If-Match") == null
        && request.getHeader("If-Unmodified-Since") == null
        && acceptsJson(request.getHeader("Accept"));
  }

  /**
   * Whether JAX-RS would plainly answer JSON to this {@code Accept}: absent, or a list of media
   * ranges without parameters of which one is {@code application/json}, {@code application/*} or
   * {@code *}{@code /*}. Anything else (qualities, odd types) is left to JAX-RS to judge.
   */
  static boolean acceptsJson(String accept) {
    if (accept == null) {
      return true;
    }
    boolean json = false;
    for (String range : accept.split(",")) {
      String type = range.strip();
      if (type.indexOf(';') >= 0) {
        return false;
      }
      json |=
          type.equalsIgnoreCase("application/json")
              || type.equals("application/*")
              || type.equals("*/*");
    }
    return json;
  }

  /** Weak comparison, as RFC 9110 says for If-None-Match: {@code W/"x"} matches {@code "x"}. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.startsWith("W/")) {
        candidate = candidate.substring(2);
      }
      if (candidate.equals("*") || candidate.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
