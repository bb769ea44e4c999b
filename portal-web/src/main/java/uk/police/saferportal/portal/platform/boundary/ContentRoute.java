package uk.police.saferportal.portal.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each item a clean address, {@code /advice/{slug}}, {@code /campaigns/{slug}} and {@code
 * /pages/{slug}}, by forwarding to the type's view with the slug as a request attribute. Anything
 * that is not a slug falls through (to the index pages, or a 404).
 */
@WebFilter(urlPatterns = {"/advice/*", "/campaigns/*", "/pages/*"})
public class ContentRoute extends HttpFilter {
  public static final String SLUG = "saferportal.content.slug";
  private static final Pattern ITEM =
      Pattern.compile("^/(advice|campaigns|pages)/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");
  private static final Map<String, String> VIEWS =
      Map.of("advice", "/article.xhtml", "campaigns", "/campaign.xhtml", "pages", "/page.xhtml");

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
    request.setAttribute(SLUG, matcher.group(2));
    request.getRequestDispatcher(VIEWS.get(matcher.group(1))).forward(request, response);
  }
}
