package uk.police.saferportal.portal.platform.boundary;

/** The query parameters of list pages as the content API wants them. */
public final class QueryParams {
  private QueryParams() {}

  /** A filter's value, trimmed, or null (left out of the API call) when blank. */
  public static String optional(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The page asked for: 1 when absent, not a number, or below 1. */
  public static int pageNumber(String page) {
    try {
      return page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
