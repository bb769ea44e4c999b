package uk.police.saferportal.content.platform.boundary;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The grammar of the request headers the API reads before any of its own code runs ({@code
 * Content-Type} and {@code Accept}, RFC 9110 sections 8.3 and 12.5.1), checked strictly, so that a
 * value the server's own parser would fail on (a quality of "garbage", an empty parameter) is a
 * plain 400 instead of that parser's exception.
 */
final class HeaderGrammar {
  private static final String TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
  private static final String QUOTED = "\"(?:[^\"\\\\\\p{Cntrl}]|\\\\[^\\p{Cntrl}])*\"";
  private static final Pattern PARAMETER =
      Pattern.compile("(" + TOKEN + ")=(" + TOKEN + "|" + QUOTED + ")");
  private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN);
  private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

  private HeaderGrammar() {}

  /** A {@code Content-Type}: one media type, parameters well formed, a charset Java knows. */
  static boolean contentType(String value) {
    return mediaType(value);
  }

  /** An {@code Accept}: a list of media ranges, each with well-formed parameters and quality. */
  static boolean accept(String value) {
    for (String range : value.split(",", -1)) {
      if (range.isBlank()) {
        continue; // empty list elements are allowed (RFC 9110 5.6.1)
      }
      if (!mediaType(range)) {
        return false;
      }
    }
    return true;
  }

  /** {@code type/subtype} and its parameters, each well formed and meaningful. */
  private static boolean mediaType(String value) {
    String[] parts = value.split(";", -1);
    if (!MEDIA_TYPE.matcher(parts[0].trim()).matches()) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      var parameter = PARAMETER.matcher(parts[i].trim());
      if (!parameter.matches() || !known(parameter.group(1), parameter.group(2))) {
        return false;
      }
    }
    return true;
  }

  /** The parameters with a meaning of their own must have a meaningful value. */
  private static boolean known(String name, String value) {
    String unquoted =
        value.length() >= 2 && value.startsWith("\"")
            ? value.substring(1, value.length() - 1)
            : value;
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "q" -> QVALUE.matcher(value).matches();
      case "charset" -> supported(unquoted);
      default -> true;
    };
  }

  private static boolean supported(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalArgumentException notACharsetName) {
      return false;
    }
  }
}
