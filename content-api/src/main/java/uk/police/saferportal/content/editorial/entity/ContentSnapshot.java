package uk.police.saferportal.content.editorial.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable fields of an item as a revision keeps them (JSON): the shared fields, topics and
 * areas by slug, and the type's own fields as text ({@link ContentItem#details()}; empty for a type
 * without fields of its own). Working drafts are kept in the same shape.
 */
public record ContentSnapshot(
    String title,
    String summary,
    String body,
    List<String> topics,
    List<String> areas,
    Map<String, String> details,
    String contentNote) {
  private static final Jsonb JSONB = JsonbBuilder.create();

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

  /** The content an editor is working on: the working draft if there is one, else the item's. */
  public static ContentSnapshot working(ContentItem item) {
    return item.workingDraft().content().map(ContentSnapshot::fromJson).orElseGet(() -> of(item));
  }

  public static ContentSnapshot fromJson(String json) {
    return JSONB.fromJson(json, ContentSnapshot.class);
  }

  public String toJson() {
    return JSONB.toJson(this);
  }
}
