package uk.police.saferportal.portal.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.police.saferportal.portal.platform.control.RenderedPages;
import uk.police.saferportal.portal.platform.control.StaleReads;

/**
 * The HTTP caching of the portal's pages, in one place. A public page that every resident sees
 * alike may be kept briefly by a proxy or CDN and is revalidated by its ETag (a SHA-256 of the
 * bytes, the same on every instance), so a burst of residents costs the portal little, and a
 * revalidation whose page did not change costs no body (304). Everything else is never shared:
 *
 * <ul>
 *   <li>the back office, sign-in, preview links and token pages (all under {@code /admin}), the
 *       webhook, and Payara's health, metrics and OpenAPI answers: {@link #NO_STORE}, always;
 *   <li>a page served from last good copies (it may be out of date), an answer that is not a 200
 *       (the apology, 404, 400) and anything not a GET or HEAD: {@link #NO_STORE};
 *   <li>a page for a visitor with a session (staff are signed in by their session), an answer that
 *       sets a cookie, or a page a bean marked personal ({@link #markPersonal}): {@link #PRIVATE}.
 * </ul>
 *
 * <p>A public page is also kept as it was sent ({@link RenderedPages}) and sent again to visitors
 * without a session until the next purge, without being rendered again.
 *
 * <p>Static resources keep the headers their handlers give them. The public pages hold no JSF
 * ViewState: their forms (search, advice filters, postcode) are plain GET forms, so a cached copy
 * never carries a view state that could expire.
 *
 * <p>Declared in web.xml after only the request id and the checks of hostile requests, before
 * Shiro's filter (so its redirects to the sign-in page are covered) and before the routes ({@code
 * SlugRoute}), so that it sees the address the browser asked for and wraps the whole answer.
 */
public class PublicPageCaching extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /**
   * A public page: browsers always revalidate (max-age=0, a cheap 304 when nothing changed); a
   * shared cache may answer from its copy for 30 s (s-maxage), and for 30 s more while it
   * revalidates in the background. A publication reaches the portal's own cache at once (the
   * webhook), a proxy's copies within a minute at most.
   */
  public static final String PUBLIC = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";

  /** For this visitor only, and checked with the portal every time. */
  public static final String PRIVATE = "private, no-cache";

  /** Never kept by anyone. */
  public static final String NO_STORE = "no-store";

  private static final String PERSONAL = PublicPageCaching.class.getName() + ".personal";
  // Payara serves health, metrics and OpenAPI through the web module at "/", so this filter sees
  // them: a kept readiness answer would say UP while the content API is away
  private static final List<String> NEVER_STORED =
      List.of("/admin", "/hooks/", "/health", "/metrics", "/openapi");
  private static final List<String> STATIC =
      List.of("/jakarta.faces.resource/", "/resources/", "/webjars/");

  private static final Set<String> KEPT_HEADERS_LEFT_OUT =
      Set.of(
          "content-length",
          "date",
          "set-cookie",
          "content-type",
          "transfer-encoding",
          "x-request-id"); // each answer has its own

  @Inject StaleReads staleReads;
  @Inject RenderedPages pages;

  /** This page shows something of the visitor's own: never kept by a shared cache. */
  public static void markPersonal(ServletRequest request) {
    request.setAttribute(PERSONAL, Boolean.TRUE);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (startsWithAny(path, STATIC)) {
      chain.doFilter(request, response);
      return;
    }
    boolean readable = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (request.getDispatcherType() != DispatcherType.REQUEST
        || !readable
        || startsWithAny(path, NEVER_STORED)) {
      response.setHeader("Cache-Control", NO_STORE);
      chain.doFilter(request, response);
      return;
    }
    String address = addressOf(request);
    boolean anonymous = request.getSession(false) == null;
    if (anonymous) {
      Optional<RenderedPages.Page> kept = pages.page(address);
      if (kept.isPresent()) {
        send(request, response, kept.get());
        return;
      }
    }
    long rendering = pages.beforeRendering();
    BufferedResponse buffered = new BufferedResponse(response);
    chain.doFilter(request, buffered);
    if (buffered.failed()) {
      return; // a redirect, or an error page that follows as its own dispatch
    }
    String cacheControl = cacheControlFor(request, buffered);
    response.setHeader("Cache-Control", cacheControl);
    if (PUBLIC.equals(cacheControl)) {
      String etag = etagOf(buffered.bytes());
      response.setHeader("ETag", etag);
      if (anonymous) {
        pages.keep(
            address,
            new RenderedPages.Page(buffered.bytes(), etag, headersOf(response)),
            rendering);
      }
      if (matches(request.getHeader("If-None-Match"), etag)) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
    }
    if ("HEAD".equals(request.getMethod())) {
      response.setContentLength(buffered.bytes().length);
      return;
    }
    buffered.sendBuffered();
  }

  /** A kept public page, as it was sent the first time (or 304 when the client holds it). */
  private static void send(
      HttpServletRequest request, HttpServletResponse response, RenderedPages.Page page)
      throws IOException {
    page.headers()
        .forEach(
            (name, values) -> {
              response.setHeader(name, values.get(0));
              values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
    if (matches(request.getHeader("If-None-Match"), page.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentLength(page.body().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(page.body());
    }
  }

  /** The page's own headers as sent (its type, caching, tag...), but not its length or date. */
  private static Map<String, List<String>> headersOf(HttpServletResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : response.getHeaderNames()) {
      List<String> values = List.copyOf(response.getHeaders(name));
      if (!values.isEmpty() && !KEPT_HEADERS_LEFT_OUT.contains(name.toLowerCase(Locale.ROOT))) {
        headers.put(name, values);
      }
    }
    if (response.getContentType() != null) {
      headers.put("Content-Type", List.of(response.getContentType()));
    }
    return headers;
  }

  /** The address a kept page answers: the path and the query as the browser sent them. */
  private static String addressOf(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  private String cacheControlFor(HttpServletRequest request, BufferedResponse answer) {
    if (answer.getStatus() != HttpServletResponse.SC_OK || staleReads.isServed()) {
      return NO_STORE;
    }
    if (request.getSession(false) != null
        || answer.containsHeader("Set-Cookie")
        || request.getAttribute(PERSONAL) != null) {
      return PRIVATE;
    }
    return PUBLIC;
  }

  /** A strong validator: the same bytes give the same tag on every instance. */
  static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Whether an If-None-Match header (one tag, a list, or *) names this tag. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String path, List<String> prefixes) {
    return prefixes.stream().anyMatch(path::startsWith);
  }
}
