package uk.police.saferportal.portal.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each item of a collection a clean address, {@code /{collection}/{slug}}, by forwarding to
 * the collection's view with the slug as a request attribute. Each content type declares its own
 * route (a {@code @WebFilter} on its collection). Anything that is not a slug falls through (to the
 * index page, or a 404).
 */
public abstract class SlugRoute extends HttpFilter {
  public static final String SLUG = "saferportal.content.slug";
  private static final Pattern ITEM = Pattern.compile("^/[a-z]+/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");

  private final String view;

  protected SlugRoute(String view) {
    this.view = view;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher matcher = ITEM.matcher(path);
    if (!matcher.matches()) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(SLUG, matcher.group(1));
    request.getRequestDispatcher(view).forward(request, response);
  }
}
