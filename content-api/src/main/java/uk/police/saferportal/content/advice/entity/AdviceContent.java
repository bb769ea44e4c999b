package uk.police.saferportal.content.advice.entity;

import java.util.Objects;
import java.util.Set;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Topic;

/** The editable part of an article, body already sanitised. No areas means force-wide. */
public record AdviceContent(
    String title, String summary, String body, Set<Topic> topics, Set<Area> areas) {
  public AdviceContent {
    Objects.requireNonNull(title);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(body);
    topics = Set.copyOf(topics);
    areas = Set.copyOf(areas);
  }
}
