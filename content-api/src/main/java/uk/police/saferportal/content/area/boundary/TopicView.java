package uk.police.saferportal.content.area.boundary;

import java.util.Locale;
import uk.police.saferportal.content.area.entity.Topic;

/** A topic as the API shows it; the tier is omitted where the strategy gives none. */
public record TopicView(
    String slug, String name, String description, String preventionTier, boolean sensitive) {
  public static TopicView of(Topic topic) {
    return new TopicView(
        topic.slug(),
        topic.name(),
        topic.description(),
        topic.preventionTier().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(null),
        topic.sensitive());
  }
}
