package uk.police.saferportal.portal.content.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import uk.police.saferportal.portal.campaign.entity.CampaignDetails;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.boundary.QueryParams;

/**
 * A campaign's own fields in the editor (hero image, call to action, dates), as typed: read from
 * the campaign or its unpublished changes, and checked to be real dates before they are sent.
 */
public class CampaignFields implements Serializable {
  private String heroImage;
  private String heroAlt;
  private String callToActionLabel;
  private String callToActionUrl;
  private String startsOn;
  private String endsOn;

  /** The published fields. */
  void show(CampaignDetails c) {
    heroImage = c.heroImage();
    heroAlt = c.heroAlt();
    callToActionLabel = c.callToActionLabel();
    callToActionUrl = c.callToActionUrl();
    startsOn = c.startsOn() == null ? null : c.startsOn().toString();
    endsOn = c.endsOn() == null ? null : c.endsOn().toString();
  }

  /** The fields of unpublished changes, which the API answers as text. */
  void show(Map<String, String> changes) {
    heroImage = QueryParams.optional(changes.get("heroImage"));
    heroAlt = QueryParams.optional(changes.get("heroAlt"));
    callToActionLabel = QueryParams.optional(changes.get("callToActionLabel"));
    callToActionUrl = QueryParams.optional(changes.get("callToActionUrl"));
    startsOn = QueryParams.optional(changes.get("startsOn"));
    endsOn = QueryParams.optional(changes.get("endsOn"));
  }

  /** The start day, or null; a date that is not real is explained beside its field. */
  LocalDate starts() {
    return day(startsOn, "startsOn", "Enter the start date as a real date");
  }

  LocalDate ends() {
    return day(endsOn, "endsOn", "Enter the end date as a real date");
  }

  /** The fields as the API takes them; call once {@link #datesAreReal()} holds. */
  CampaignDetails details() {
    return new CampaignDetails(
        heroImage, heroAlt, callToActionLabel, callToActionUrl, starts(), ends());
  }

  /** Whether both dates are empty or real (else their fields say so). */
  boolean datesAreReal() {
    boolean starts = startsOn == null || startsOn.isBlank() || starts() != null;
    return starts && (endsOn == null || endsOn.isBlank() || ends() != null);
  }

  private static LocalDate day(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      ProblemMessages.error(field, message);
      return null;
    }
  }

  public String getHeroImage() {
    return heroImage;
  }

  public void setHeroImage(String heroImage) {
    this.heroImage = heroImage;
  }

  public String getHeroAlt() {
    return heroAlt;
  }

  public void setHeroAlt(String heroAlt) {
    this.heroAlt = heroAlt;
  }

  public String getCallToActionLabel() {
    return callToActionLabel;
  }

  public void setCallToActionLabel(String callToActionLabel) {
    this.callToActionLabel = callToActionLabel;
  }

  public String getCallToActionUrl() {
    return callToActionUrl;
  }

  public void setCallToActionUrl(String callToActionUrl) {
    this.callToActionUrl = callToActionUrl;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }
}
