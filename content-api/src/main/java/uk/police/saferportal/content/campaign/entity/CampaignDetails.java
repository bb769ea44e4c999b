package uk.police.saferportal.content.campaign.entity;

import java.time.LocalDate;

/**
 * What a campaign page carries besides the shared content fields: a hero image from the media
 * library with its alt text, a call to action (label and address), and the dates the campaign runs.
 * Everything optional except that an image needs its alt text and a label its address; the boundary
 * checks that before it gets here.
 */
public record CampaignDetails(
    String heroImage,
    String heroAlt,
    String callToActionLabel,
    String callToActionUrl,
    LocalDate startsOn,
    LocalDate endsOn) {

  public static CampaignDetails none() {
    return new CampaignDetails(null, null, null, null, null, null);
  }
}
