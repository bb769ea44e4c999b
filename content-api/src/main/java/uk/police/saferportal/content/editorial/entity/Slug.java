package uk.police.saferportal.content.editorial.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public identifier of a piece of content in its URL: lower-case words joined by single
 * hyphens, at most {@value #MAX_LENGTH} characters.
 */
public record Slug(String value) {
  public static final int MAX_LENGTH = 100;
  public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  public Slug {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid slug: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && VALID.matcher(value).matches();
  }

  public static Optional<Slug> parse(String value) {
    return isValid(value) ? Optional.of(new Slug(value)) : Optional.empty();
  }

  /** A slug made from a title: "Lock it, or lose it!" becomes "lock-it-or-lose-it". */
  public static Slug fromTitle(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace("&", " and ")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH);
      int lastHyphen = slug.lastIndexOf('-');
      slug = lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug;
      slug = slug.replaceAll("-+$", "");
    }
    return new Slug(slug.isEmpty() ? "untitled" : slug);
  }

  /** The n-th alternative when this slug is taken: "bike-security-2". */
  public Slug withSuffix(int n) {
    String suffix = "-" + n;
    String base =
        value.length() + suffix.length() > MAX_LENGTH
            ? value.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "")
            : value;
    return new Slug(base + suffix);
  }

  @Override
  public String toString() {
    return value;
  }
}
