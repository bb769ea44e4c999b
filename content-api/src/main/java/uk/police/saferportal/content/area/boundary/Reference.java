package uk.police.saferportal.content.area.boundary;

import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Topic;

/**
 * A topic or an area as list items name it: its slug and its name, enough to show and link it. The
 * full description is at {@code /topics} and {@code /areas}, and in an item's own answer.
 */
public record Reference(String slug, String name) {
  public static Reference of(Topic topic) {
    return new Reference(topic.slug(), topic.name());
  }

  public static Reference of(Area area) {
    return new Reference(area.slug(), area.name());
  }
}
