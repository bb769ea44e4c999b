package uk.police.saferportal.content.editorial.entity;

/** A run of text in a comparison: unchanged, added or removed. */
public record TextChange(Kind kind, String text) {
  /** What happened to the run. */
  public enum Kind {
    SAME,
    ADDED,
    REMOVED
  }
}
