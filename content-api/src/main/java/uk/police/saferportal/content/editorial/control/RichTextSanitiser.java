package uk.police.saferportal.content.editorial.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Cleans editors' rich text on the way in with the OWASP HTML sanitiser: paragraphs, headings
 * h2-h4, lists, emphasis, quotes, tables and links (http, https, mailto, tel) survive; scripts,
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
                  .toFactory());

  private RichTextSanitiser() {}

  public static String sanitise(String html) {
    if (html == null) {
      return "";
    }
    return POLICY.sanitize(html).trim();
  }
}
