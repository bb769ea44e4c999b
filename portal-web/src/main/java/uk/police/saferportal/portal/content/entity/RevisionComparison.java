package uk.police.saferportal.portal.content.entity;

import java.util.List;

/** Two revisions compared by the API, field by field and word by word. */
public record RevisionComparison(int from, int to, List<FieldComparison> fields) {

  /** One field: whether it changed, and its text as runs. */
  public record FieldComparison(String field, boolean changed, List<Change> changes) {
    public String label() {
      return switch (field) {
        case "title" -> "Title";
        case "summary" -> "Summary";
        case "body" -> "Article";
        case "topics" -> "Topics";
        case "areas" -> "Areas";
        default -> field;
      };
    }
  }

  /** A run of text: SAME, ADDED or REMOVED. */
  public record Change(String kind, String text) {
    public boolean added() {
      return "ADDED".equals(kind);
    }

    public boolean removed() {
      return "REMOVED".equals(kind);
    }
  }
}
