package uk.police.saferportal.content.editorial.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.police.saferportal.content.area.boundary.AreaView;
import uk.police.saferportal.content.area.boundary.TopicView;
import uk.police.saferportal.content.campaign.entity.Campaign;
import uk.police.saferportal.content.campaign.entity.CampaignDetails;
import uk.police.saferportal.content.editorial.entity.ContentItem;

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
  "campaign",
  "state",
  "publishedAt",
  "updatedAt",
  "createdAt",
  "createdBy",
  "updatedBy",
  "version"
})
public record ContentView(
    String type,
    String slug,
    String title,
    String summary,
    String body,
    List<TopicView> topics,
    List<AreaView> areas,
    CampaignView campaign,
    String state,
    Instant publishedAt,
    Instant publishAt,
    Instant unpublishAt,
    Instant updatedAt,
    Instant createdAt,
    String createdBy,
    String updatedBy,
    Long version) {

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
        c instanceof Campaign campaign ? CampaignView.of(campaign.campaignDetails()) : null,
        forStaff ? c.state().apiName() : null,
        c.publishedAt().orElse(null),
        forStaff ? c.editorial().publishAt().orElse(null) : null,
        forStaff ? c.editorial().unpublishAt().orElse(null) : null,
        c.updatedAt(),
        forStaff ? c.createdAt() : null,
        forStaff ? c.createdBy() : null,
        forStaff ? c.updatedBy() : null,
        forStaff ? c.version() : null);
  }
}
