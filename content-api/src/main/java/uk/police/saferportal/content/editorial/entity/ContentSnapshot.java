package uk.police.saferportal.content.editorial.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable fields of an item as a revision keeps them (JSON): the shared fields, topics and
 * areas by slug, and the type's own fields as text ({@link ContentItem#details()}; none for advice
 * and pages, so revisions written before campaigns existed read the same).
 */
public record ContentSnapshot(
    String title,
    String summary,
    String body,
    List<String> topics,
    List<String> areas,
    Map<String, String> details,
    String contentNote) {
  public ContentSnapshot {
    topics = topics == null ? List.of() : List.copyOf(topics);
    areas = areas == null ? List.of() : List.copyOf(areas);
    details = details == null ? Map.of() : new LinkedHashMap<>(details);
  }

  public static ContentSnapshot of(ContentItem item) {
    return new ContentSnapshot(
        item.title(),
        item.summary(),
        item.body(),
        item.topics().stream().map(t -> t.slug()).toList(),
        item.areas().stream().map(a -> a.slug()).toList(),
        item.details(),
        item.contentNote().orElse(null));
  }
}
