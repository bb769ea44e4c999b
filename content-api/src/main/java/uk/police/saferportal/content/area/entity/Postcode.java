package uk.police.saferportal.content.area.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode, or just its outward code ("WR1"), as a resident might type it: any case, with or
 * without the space. Only the outward code matters for finding the policing area.
 */
public record Postcode(String outward, String inward) {
  private static final Pattern FULL =
      Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})?$");

  /** The postcode if the text is one, else empty. */
  public static Optional<Postcode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalised = text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (normalised.length() > 8) {
      return Optional.empty();
    }
    Matcher matcher = FULL.matcher(normalised);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Postcode(matcher.group(1), matcher.group(2)));
  }

  /** The postcode area: the leading letters ("WR" of "WR1 2AB"). */
  public String area() {
    int i = 0;
    while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
      i++;
    }
    return outward.substring(0, i);
  }

  @Override
  public String toString() {
    return inward == null ? outward : outward + " " + inward;
  }
}
