package uk.police.saferportal.content.demo.entity;

import java.util.List;

/**
 * One demo item of any content type: its shared fields (body as HTML, sanitised when seeded, topics
 * and areas by slug), the slug to use (null: made from the title) and whether it is published.
 */
public record DemoItem(
    String slug,
    String title,
    String summary,
    String body,
    List<String> topics,
    List<String> areas,
    boolean published,
    String contentNote) {

  /** A published item without a content note. */
  public DemoItem(
      String slug,
      String title,
      String summary,
      String body,
      List<String> topics,
      List<String> areas) {
    this(slug, title, summary, body, topics, areas, true, null);
  }
}
