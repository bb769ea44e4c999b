package uk.police.saferportal.content.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.Slug;

/**
 * A campaign page, such as We Don't Buy Crime: the shared content fields plus a hero image, a call
 * to action and the dates the campaign runs ({@link CampaignDetails}).
 */
@Entity
@DiscriminatorValue(Campaign.TYPE)
public class Campaign extends ContentItem {
  public static final String TYPE = "campaign";

  @Column(name = "hero_image")
  private String heroImage;

  @Column(name = "hero_alt")
  private String heroAlt;

  @Column(name = "cta_label")
  private String callToActionLabel;

  @Column(name = "cta_url")
  private String callToActionUrl;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  protected Campaign() {}

  public Campaign(
      Slug slug, ContentFields fields, CampaignDetails details, String author, Instant now) {
    super(slug, fields, author, now);
    applyDetails(details);
  }

  public CampaignDetails campaignDetails() {
    return new CampaignDetails(
        heroImage, heroAlt, callToActionLabel, callToActionUrl, startsOn, endsOn);
  }

  @Override
  public Map<String, String> details() {
    return campaignDetails().asText();
  }

  @Override
  public void restoreDetails(Map<String, String> details) {
    applyDetails(CampaignDetails.fromText(details));
  }

  private void applyDetails(CampaignDetails details) {
    this.heroImage = details.heroImage();
    this.heroAlt = details.heroAlt();
    this.callToActionLabel = details.callToActionLabel();
    this.callToActionUrl = details.callToActionUrl();
    this.startsOn = details.startsOn();
    this.endsOn = details.endsOn();
  }
}
