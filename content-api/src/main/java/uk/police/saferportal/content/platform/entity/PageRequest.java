package uk.police.saferportal.content.platform.entity;

/**
 * Which page of a collection the caller asked for: 1-based page number and a size capped by the
 * server. Built only through {@link #parse} so every collection reads the parameters alike.
 */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 50;

  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  /** Reads the raw query parameters; a bad value is the caller's mistake, answered with 400. */
  public static PageRequest parse(String page, String size) {
    int p = parseNumber("page", page, 1, 1, Integer.MAX_VALUE);
    int s = parseNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    return new PageRequest(p, s);
  }

  public int offset() {
    return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
  }

  private static int parseNumber(String name, String raw, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
    throw ProblemException.invalidParameter(name, name + " must be a whole number " + range + ".");
  }
}
