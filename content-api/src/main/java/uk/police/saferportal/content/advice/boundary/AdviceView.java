package uk.police.saferportal.content.advice.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.area.boundary.AreaView;
import uk.police.saferportal.content.area.boundary.TopicView;

/**
 * An article as the API shows it. Lists leave out the body; the public never sees the state,
 * version or staff names. Absent fields are omitted from the JSON.
 */
@JsonbPropertyOrder({
  "slug",
  "title",
  "summary",
  "body",
  "topics",
  "areas",
  "state",
  "publishedAt",
  "updatedAt",
  "createdAt",
  "createdBy",
  "updatedBy",
  "version"
})
public record AdviceView(
    String slug,
    String title,
    String summary,
    String body,
    List<TopicView> topics,
    List<AreaView> areas,
    String state,
    Instant publishedAt,
    Instant publishAt,
    Instant unpublishAt,
    Instant updatedAt,
    Instant createdAt,
    String createdBy,
    String updatedBy,
    Long version) {

  public static AdviceView publicListItem(Advice a) {
    return of(a, false, false);
  }

  public static AdviceView publicDetail(Advice a) {
    return of(a, true, false);
  }

  public static AdviceView staffListItem(Advice a) {
    return of(a, false, true);
  }

  public static AdviceView staffDetail(Advice a) {
    return of(a, true, true);
  }

  private static AdviceView of(Advice a, boolean withBody, boolean forStaff) {
    return new AdviceView(
        a.slug(),
        a.title(),
        a.summary(),
        withBody ? a.body() : null,
        topics(a),
        areas(a),
        forStaff ? a.state().apiName() : null,
        a.publishedAt().orElse(null),
        forStaff ? a.editorial().publishAt().orElse(null) : null,
        forStaff ? a.editorial().unpublishAt().orElse(null) : null,
        a.updatedAt(),
        forStaff ? a.createdAt() : null,
        forStaff ? a.createdBy() : null,
        forStaff ? a.updatedBy() : null,
        forStaff ? a.version() : null);
  }

  private static List<TopicView> topics(Advice a) {
    return a.topics().stream().map(TopicView::of).toList();
  }

  private static List<AreaView> areas(Advice a) {
    return a.areas().stream().map(AreaView::of).toList();
  }
}
