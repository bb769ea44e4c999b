package uk.police.saferportal.content.editorial.boundary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.police.saferportal.content.editorial.control.TextComparison;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;
import uk.police.saferportal.content.editorial.entity.TextChange;

/**
 * Two revisions of an item compared field by field, word by word: each field's text as runs marked
 * SAME, ADDED or REMOVED. The body is compared as the words a reader sees.
 */
public record RevisionComparison(int from, int to, List<FieldComparison> fields) {

  /** One field of the comparison. */
  public record FieldComparison(String field, boolean changed, List<TextChange> changes) {}

  static RevisionComparison of(int from, ContentSnapshot before, int to, ContentSnapshot after) {
    List<FieldComparison> fields = new ArrayList<>();
    fields.addAll(
        List.of(
            field("title", before.title(), after.title()),
            field("summary", before.summary(), after.summary()),
            field(
                "body",
                TextComparison.readableText(before.body()),
                TextComparison.readableText(after.body())),
            field("topics", String.join(", ", before.topics()), String.join(", ", after.topics())),
            field("areas", String.join(", ", before.areas()), String.join(", ", after.areas())),
            field(
                "contentNote",
                before.contentNote() == null ? "" : before.contentNote(),
                after.contentNote() == null ? "" : after.contentNote())));
    Set<String> names = new LinkedHashSet<>(before.details().keySet());
    names.addAll(after.details().keySet());
    for (String name : names) {
      fields.add(
          field(
              name,
              before.details().getOrDefault(name, ""),
              after.details().getOrDefault(name, "")));
    }
    return new RevisionComparison(from, to, fields);
  }

  private static FieldComparison field(String name, String before, String after) {
    List<TextChange> changes = TextComparison.compare(before, after);
    boolean changed = changes.stream().anyMatch(c -> c.kind() != TextChange.Kind.SAME);
    return new FieldComparison(name, changed, changes);
  }
}
