package uk.police.saferportal.portal.advice.boundary;

import jakarta.servlet.annotation.WebFilter;
import uk.police.saferportal.portal.platform.boundary.SlugRoute;

/** {@code /advice/{slug}}: one article, shown by {@code /article.xhtml}. */
@WebFilter("/advice/*")
public class AdviceRoute extends SlugRoute {
  public AdviceRoute() {
    super("/article.xhtml");
  }
}
