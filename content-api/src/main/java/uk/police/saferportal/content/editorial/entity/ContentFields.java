package uk.police.saferportal.content.editorial.entity;

import java.util.Objects;
import java.util.Set;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Topic;

/** The editable fields every content type shares, body already sanitised. No areas: force-wide. */
public record ContentFields(
    String title,
    String summary,
    String body,
    Set<Topic> topics,
    Set<Area> areas,
    String contentNote) {
  public ContentFields {
    contentNote = contentNote == null || contentNote.isBlank() ? null : contentNote.trim();
    Objects.requireNonNull(title);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(body);
    topics = Set.copyOf(topics);
    areas = Set.copyOf(areas);
  }
}
