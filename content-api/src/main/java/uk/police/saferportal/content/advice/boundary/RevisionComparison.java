package uk.police.saferportal.content.advice.boundary;

import java.util.List;
import uk.police.saferportal.content.advice.entity.AdviceSnapshot;
import uk.police.saferportal.content.editorial.control.TextComparison;
import uk.police.saferportal.content.editorial.entity.TextChange;

/**
 * Two revisions of an article compared field by field, word by word: each field's text as runs
 * marked SAME, ADDED or REMOVED. The body is compared as the words a reader sees.
 */
public record RevisionComparison(int from, int to, List<FieldComparison> fields) {

  /** One field of the comparison. */
  public record FieldComparison(String field, boolean changed, List<TextChange> changes) {}

  static RevisionComparison of(int from, AdviceSnapshot before, int to, AdviceSnapshot after) {
    return new RevisionComparison(
        from,
        to,
        List.of(
            field("title", before.title(), after.title()),
            field("summary", before.summary(), after.summary()),
            field(
                "body",
                TextComparison.readableText(before.body()),
                TextComparison.readableText(after.body())),
            field("topics", String.join(", ", before.topics()), String.join(", ", after.topics())),
            field("areas", String.join(", ", before.areas()), String.join(", ", after.areas()))));
  }

  private static FieldComparison field(String name, String before, String after) {
    List<TextChange> changes = TextComparison.compare(before, after);
    boolean changed = changes.stream().anyMatch(c -> c.kind() != TextChange.Kind.SAME);
    return new FieldComparison(name, changed, changes);
  }
}
