package uk.police.saferportal.content.platform.control;

/**
 * A JPQL {@code like} pattern that finds text anywhere, with the wildcards a user typed taken
 * literally. Queries name the escape character: {@code like :text escape '\'}.
 */
public final class LikePattern {
  private LikePattern() {}

  /** {@code %text%}, trimmed, with {@code \}, {@code %} and {@code _} escaped. */
  public static String containing(String text) {
    return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
