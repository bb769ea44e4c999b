package uk.police.saferportal.portal.page.boundary;

import jakarta.servlet.annotation.WebFilter;
import uk.police.saferportal.portal.platform.boundary.SlugRoute;

/** {@code /pages/{slug}}: one static page, shown by {@code /page.xhtml}. */
@WebFilter("/pages/*")
public class PageRoute extends SlugRoute {
  public PageRoute() {
    super("/page.xhtml");
  }
}
