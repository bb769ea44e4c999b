package uk.police.saferportal.content.editorial.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.police.saferportal.content.area.boundary.AreaView;
import uk.police.saferportal.content.area.boundary.TopicView;
import uk.police.saferportal.content.campaign.entity.Campaign;
import uk.police.saferportal.content.campaign.entity.CampaignDetails;
import uk.police.saferportal.content.editorial.control.ContentDesk;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;

/**
 * An item of any content type as the API shows it. Lists leave out the body; the public never sees
 * the state, version or staff names; only campaigns carry {@code campaign}. Absent fields are
 * omitted from the JSON.
 */
@JsonbPropertyOrder({
  "type",
  "slug",
  "title",
  "summary",
  "body",
  "topics",
  "areas",
  "contentNote",
  "quickExit",
  "campaign",
  "state",
  "publishedAt",
  "updatedAt",
  "createdAt",
  "createdBy",
  "updatedBy",
  "version",
  "workingDraft"
})
public record ContentView(
    String type,
    String slug,
    String title,
    String summary,
    String body,
    List<TopicView> topics,
    List<AreaView> areas,
    String contentNote,
    boolean quickExit,
    CampaignView campaign,
    String state,
    Instant publishedAt,
    Instant publishAt,
    Instant unpublishAt,
    Instant updatedAt,
    Instant createdAt,
    String createdBy,
    String updatedBy,
    Long version,
    WorkingDraftView workingDraft) {

  /**
   * Changes to a published item not yet published (staff only): what the editor is working on,
   * topics and areas by slug, a campaign's own fields as text.
   */
  public record WorkingDraftView(
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

  /** A campaign's own fields. */
  @JsonbPropertyOrder({
    "heroImage",
    "heroAlt",
    "callToActionLabel",
    "callToActionUrl",
    "startsOn",
    "endsOn"
  })
  public record CampaignView(
      String heroImage,
      String heroAlt,
      String callToActionLabel,
      String callToActionUrl,
      LocalDate startsOn,
      LocalDate endsOn) {
    static CampaignView of(java.util.Map<String, String> details) {
      return new CampaignView(
          text(details.get("heroImage")),
          text(details.get("heroAlt")),
          text(details.get("callToActionLabel")),
          text(details.get("callToActionUrl")),
          date(details.get("startsOn")),
          date(details.get("endsOn")));
    }

    private static String text(String value) {
      return value == null || value.isBlank() ? null : value;
    }

    private static LocalDate date(String value) {
      return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    static CampaignView of(CampaignDetails d) {
      return new CampaignView(
          d.heroImage(),
          d.heroAlt(),
          d.callToActionLabel(),
          d.callToActionUrl(),
          d.startsOn(),
          d.endsOn());
    }
  }

  public static ContentView publicListItem(ContentItem c) {
    return of(c, false, false);
  }

  public static ContentView publicDetail(ContentItem c) {
    return of(c, true, false);
  }

  public static ContentView staffListItem(ContentItem c) {
    return of(c, false, true);
  }

  public static ContentView staffDetail(ContentItem c) {
    return of(c, true, true);
  }

  private static ContentView of(ContentItem c, boolean withBody, boolean forStaff) {
    return new ContentView(
        c.contentType(),
        c.slug(),
        c.title(),
        c.summary(),
        withBody ? c.body() : null,
        c.topics().stream().map(TopicView::of).toList(),
        c.areas().stream().map(AreaView::of).toList(),
        c.contentNote().orElse(null),
        c.sensitive(),
        c instanceof Campaign campaign ? CampaignView.of(campaign.campaignDetails()) : null,
        forStaff ? c.state().apiName() : null,
        c.publishedAt().orElse(null),
        forStaff ? c.editorial().publishAt().orElse(null) : null,
        forStaff ? c.editorial().unpublishAt().orElse(null) : null,
        c.updatedAt(),
        forStaff ? c.createdAt() : null,
        forStaff ? c.createdBy() : null,
        forStaff ? c.updatedBy() : null,
        forStaff ? c.version() : null,
        forStaff ? workingDraft(c, withBody) : null);
  }

  /** The working draft; in lists without its body, like the item itself. */
  private static WorkingDraftView workingDraft(ContentItem c, boolean withBody) {
    if (c.workingDraft().isEmpty()) {
      return null;
    }
    ContentSnapshot w = ContentDesk.workingContent(c);
    return new WorkingDraftView(
        w.title(),
        w.summary(),
        withBody ? w.body() : null,
        w.topics(),
        w.areas(),
        c instanceof Campaign ? w.details() : null,
        w.contentNote(),
        c.workingDraftBy().orElse(null),
        c.workingDraftInReview(),
        c.workingDraftSubmittedBy().orElse(null),
        c.workingDraftSubmittedAt().orElse(null));
  }

  /**
   * What the public page will show once the working draft (if any) is published: the public detail
   * with the working content; topics and areas already looked up by the caller.
   */
  public static ContentView preview(
      ContentItem c, ContentSnapshot working, List<TopicView> topics, List<AreaView> areas) {
    ContentView live = publicDetail(c);
    return new ContentView(
        live.type(),
        live.slug(),
        working.title(),
        working.summary(),
        working.body(),
        topics,
        areas,
        working.contentNote(),
        topics.stream().anyMatch(TopicView::sensitive),
        c instanceof Campaign ? CampaignView.of(working.details()) : null,
        null,
        live.publishedAt(),
        null,
        null,
        live.updatedAt(),
        null,
        null,
        null,
        null,
        null);
  }
}
