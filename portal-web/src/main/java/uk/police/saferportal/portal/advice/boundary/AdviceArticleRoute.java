package uk.police.saferportal.portal.advice.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each article a clean address, {@code /advice/{slug}}, by forwarding to the article view
 * with the slug as a request attribute. Anything that is not a slug falls through to a 404.
 */
@WebFilter(urlPatterns = "/advice/*")
public class AdviceArticleRoute extends HttpFilter {
  static final String SLUG = "saferportal.advice.slug";
  private static final Pattern ARTICLE = Pattern.compile("^/advice/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher matcher = ARTICLE.matcher(path);
    if (!matcher.matches()) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(SLUG, matcher.group(1));
    request.getRequestDispatcher("/article.xhtml").forward(request, response);
  }
}
