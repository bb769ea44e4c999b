package uk.police.saferportal.content.advice.entity;

import java.util.List;

/** The editable fields of an article as a revision keeps them (JSON); topics and areas by slug. */
public record AdviceSnapshot(
    String title, String summary, String body, List<String> topics, List<String> areas) {
  public AdviceSnapshot {
    topics = topics == null ? List.of() : List.copyOf(topics);
    areas = areas == null ? List.of() : List.copyOf(areas);
  }

  public static AdviceSnapshot of(Advice advice) {
    return new AdviceSnapshot(
        advice.title(),
        advice.summary(),
        advice.body(),
        advice.topics().stream().map(t -> t.slug()).toList(),
        advice.areas().stream().map(a -> a.slug()).toList());
  }
}
