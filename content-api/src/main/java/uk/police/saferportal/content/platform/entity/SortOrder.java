package uk.police.saferportal.content.platform.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code sort} parameter: a field name, descending when prefixed with {@code -}. Only the fields
 * a collection names are accepted, so a typo is a 400 rather than a silent default.
 */
public record SortOrder(String field, boolean descending) {

  public static SortOrder parse(String raw, SortOrder fallback, String... allowed) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String value = raw.trim().toLowerCase(Locale.ROOT);
    boolean descending = value.startsWith("-");
    String field = descending ? value.substring(1) : value;
    if (Arrays.asList(allowed).contains(field)) {
      return new SortOrder(field, descending);
    }
    Set<String> options = new TreeSet<>(Arrays.asList(allowed));
    throw ProblemException.invalidParameter(
        "sort", "sort must be one of " + String.join(", ", options) + " (prefix - to reverse).");
  }
}
