package uk.police.saferportal.portal.platform.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query strings for the pages of a filtered list: the page number plus every filter in use. */
public final class PageLinks {
  private PageLinks() {}

  /** {@code filters} are name, value pairs; blank values are left out. */
  public static String of(int page, String... filters) {
    StringBuilder link = new StringBuilder("?page=").append(page);
    for (int i = 0; i + 1 < filters.length; i += 2) {
      String value = filters[i + 1];
      if (value != null && !value.isBlank()) {
        link.append('&')
            .append(filters[i])
            .append('=')
            .append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
      }
    }
    return link.toString();
  }
}
