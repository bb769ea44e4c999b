package uk.police.saferportal.content.editorial.entity;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A content type plugged into the editorial core, declared by its own package as a CDI bean: its
 * names, how a new item is made, and its own fields (if any). The core keeps a type's own fields as
 * text in a fixed order ({@link ContentItem#details()}), the same map in revisions, working drafts
 * and comparisons; drafts and answers carry them as one object named after the type (e.g. {@code
 * "campaign": {...}}).
 */
public interface ContentType {
  /** The type's API name, its entity's discriminator value: {@code advice}, {@code campaign}. */
  default String name() {
    return ContentItem.typeName(entity());
  }

  /** The collection in the type's addresses: {@code advice}, {@code campaigns}, {@code pages}. */
  String collection();

  /** What an editor calls one item, for messages: "article", "campaign", "page". */
  String noun();

  /** The type for "not found" messages: "Advice", "Campaign", "Page". */
  default String label() {
    return name().substring(0, 1).toUpperCase(Locale.ROOT) + name().substring(1);
  }

  Class<? extends ContentItem> entity();

  /** A new item from the shared fields and the type's own ({@link #readOwnFields}). */
  ContentItem make(
      Slug slug, ContentFields fields, Map<String, String> details, String author, Instant now);

  /** Whether the type has fields of its own, sent and shown as the object {@link #name()}. */
  default boolean hasOwnFields() {
    return false;
  }

  /**
   * Reads and checks the type's own fields from the object a draft sent (empty when none was sent);
   * a problem is thrown as a problem with field errors named {@code <name>.<field>}.
   */
  default Map<String, String> readOwnFields(JsonObject sent) {
    return Map.of();
  }

  /** The type's own fields as answers show them; only asked when {@link #hasOwnFields()}. */
  default Object ownFieldsView(Map<String, String> details) {
    return null;
  }

  /**
   * The entity's own attributes (JPQL names) that may hold a media library address, so the media
   * library knows what uses an image. The shared body is always searched.
   */
  default List<String> mediaAttributes() {
    return List.of();
  }
}
