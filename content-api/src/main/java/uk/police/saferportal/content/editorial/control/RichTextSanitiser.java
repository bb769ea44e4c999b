package uk.police.saferportal.content.editorial.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import uk.police.saferportal.content.media.entity.LibraryAddress;

/**
 * Cleans editors' rich text on the way in with the OWASP HTML sanitiser: paragraphs, headings
 * h2-h4, lists, emphasis, quotes, tables, links (http, https, mailto, tel) and images from the
 * media library (relative library addresses, with their alt text) survive; other images, scripts,
 * styles, event handlers and everything else are removed. Pages can then render the body as HTML
 * without escaping it.
 */
public final class RichTextSanitiser {
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "br", "hr")
          .allowElements("strong", "em", "b", "i", "abbr")
          .allowElements("table", "thead", "tbody", "tr", "th", "td", "caption")
          .allowAttributes("title")
          .onElements("abbr")
          .allowAttributes("scope")
          .matching(false, "col", "row")
          .onElements("th")
          .toFactory()
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowAttributes("href")
                  .onElements("a")
                  .allowUrlProtocols("http", "https", "mailto", "tel")
                  .requireRelsOnLinks("noopener", "noreferrer")
                  .toFactory())
          .and(
              new HtmlPolicyBuilder()
                  .allowAttributes("src")
                  .matching(LibraryAddress.PATTERN)
                  .onElements("img")
                  .allowAttributes("alt")
                  .onElements("img")
                  // attributes are filtered first: an image whose src was not a library address
                  // is dropped whole rather than kept as an empty <img alt="...">
                  .allowElements(
                      (element, attributes) -> attributes.contains("src") ? element : null, "img")
                  .toFactory());

  private RichTextSanitiser() {}

  public static String sanitise(String html) {
    if (html == null) {
      return "";
    }
    return POLICY.sanitize(html).trim();
  }
}
