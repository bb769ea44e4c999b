package uk.police.saferportal.portal.campaign.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A campaign page's own fields, as the content API answers them. All optional. */
public record CampaignDetails(
    String heroImage,
    String heroAlt,
    String callToActionLabel,
    String callToActionUrl,
    LocalDate startsOn,
    LocalDate endsOn) {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public boolean hasCallToAction() {
    return callToActionLabel != null && callToActionUrl != null;
  }

  /** "Runs from 1 November 2026 to 28 February 2027", "Running since 1 April 2019", or empty. */
  public String runs() {
    if (startsOn == null && endsOn == null) {
      return "";
    }
    if (endsOn == null) {
      return "Running since " + DAY.format(startsOn);
    }
    if (startsOn == null) {
      return "Runs until " + DAY.format(endsOn);
    }
    return "Runs from " + DAY.format(startsOn) + " to " + DAY.format(endsOn);
  }
}
