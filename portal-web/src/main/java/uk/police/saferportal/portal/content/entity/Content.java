package uk.police.saferportal.portal.content.entity;

import java.time.Instant;
import java.util.List;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.campaign.entity.CampaignDetails;

/**
 * An item of content (advice article, campaign page or static page) as the content API answers it.
 * The body is HTML the API has already sanitised; {@code campaign} is present for campaigns only;
 * staff fields (state, version, names, the moves the caller may make now) are present on staff
 * reads only. In list answers (advice, campaigns, pages, search) each topic and area is only a
 * reference, its slug and name: views show a description or prevention tier only from a detail read
 * or from the topics and areas themselves ({@code Topics}, {@code Areas}), never from a list.
 */
public record Content(
    String type,
    String slug,
    String title,
    String summary,
    String body,
    List<Topic> topics,
    List<Area> areas,
    String contentNote,
    boolean quickExit,
    CampaignDetails campaign,
    String state,
    Instant publishedAt,
    Instant publishAt,
    Instant unpublishAt,
    Instant updatedAt,
    Instant createdAt,
    String createdBy,
    String updatedBy,
    Long version,
    WorkingDraft workingDraft,
    List<String> allowedActions) {

  /** Changes to a published item not yet published (staff reads only). */
  public record WorkingDraft(
      String title,
      String summary,
      String body,
      List<String> topics,
      List<String> areas,
      java.util.Map<String, String> campaign,
      String contentNote,
      String savedBy,
      boolean inReview,
      String submittedBy,
      Instant submittedAt) {}

  public Content {
    topics = topics == null ? List.of() : List.copyOf(topics);
    areas = areas == null ? List.of() : List.copyOf(areas);
  }

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
          .withZone(java.time.ZoneId.of("Europe/London"));
  private static final java.time.format.DateTimeFormatter MOMENT =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK)
          .withZone(java.time.ZoneId.of("Europe/London"));

  /** The day of the last change, as UK readers write it ("26 November 2026"). */
  public String updatedOn() {
    return updatedAt == null ? "" : DAY.format(updatedAt);
  }

  /** When a scheduled article goes live, UK time, or empty. */
  public String publishAtText() {
    return publishAt == null ? "" : MOMENT.format(publishAt);
  }

  /** When the article comes down, UK time, or empty. */
  public String unpublishAtText() {
    return unpublishAt == null ? "" : MOMENT.format(unpublishAt);
  }

  /** The moment of the last change, UK time, for staff lists. */
  public String updatedAtText() {
    return updatedAt == null ? "" : MOMENT.format(updatedAt);
  }

  public boolean isPublished() {
    return "published".equals(state);
  }

  public boolean isForceWide() {
    return areas.isEmpty();
  }

  /** "Advice", "Campaign" or "Page", for lists that mix types. */
  public String typeLabel() {
    return ContentKind.of(type).label();
  }

  /** The public address of the item on the portal, without the context path. */
  public String publicPath() {
    return publicPathOf(type, slug);
  }

  /** The public address of an item of a type, without the context path. */
  public static String publicPathOf(String type, String slug) {
    return "/" + ContentKind.of(type).collection() + "/" + slug;
  }
}
