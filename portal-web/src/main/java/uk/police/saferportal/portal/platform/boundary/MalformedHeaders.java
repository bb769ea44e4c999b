package uk.police.saferportal.portal.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what it can of an {@code Accept} header that Faces cannot: Faces parses it to choose the
 * page's content type and fails the whole request (a 500 with no page at all) on a quality value
 * that is not a number ({@code *}{@code /*;q=garbage}). Each media range keeps its type and a
 * well-formed quality, and loses anything else; a header with nothing readable left is {@code *}
 * {@code /*}. Mapped to error pages and forwards too, which Faces renders the same way.
 */
public class MalformedHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String ACCEPT = "Accept";
  private static final Pattern MEDIA_RANGE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+");
  private static final Pattern QUALITY = Pattern.compile("q=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String accept = request.getHeader(ACCEPT);
    if (accept == null) {
      chain.doFilter(request, response);
      return;
    }
    String readable = readableAccept(Collections.list(request.getHeaders(ACCEPT)));
    chain.doFilter(
        readable.equals(accept) ? request : new ReadableAccept(request, readable), response);
  }

  /** The Accept headers as one, with only well-formed media ranges and qualities. */
  static String readableAccept(List<String> headers) {
    List<String> ranges = new ArrayList<>();
    for (String header : headers) {
      for (String range : header.split(",", -1)) {
        String[] parts = range.split(";", -1);
        String type = parts[0].trim();
        if (!MEDIA_RANGE.matcher(type).matches()) {
          continue;
        }
        StringBuilder kept = new StringBuilder(type.toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
          String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
          if (QUALITY.matcher(parameter).matches()) {
            kept.append(';').append(parameter);
            break;
          }
        }
        ranges.add(kept.toString());
      }
    }
    return ranges.isEmpty() ? "*/*" : String.join(",", ranges);
  }

  private static final class ReadableAccept extends HttpServletRequestWrapper {
    private final String accept;

    ReadableAccept(HttpServletRequest request, String accept) {
      super(request);
      this.accept = accept;
    }

    @Override
    public String getHeader(String name) {
      return ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return ACCEPT.equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(accept))
          : super.getHeaders(name);
    }
  }
}
