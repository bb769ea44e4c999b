package uk.police.saferportal.content.campaign.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.police.saferportal.content.platform.entity.Problem;

/**
 * What a campaign page carries besides the shared content fields: a hero image from the media
 * library with its alt text, a call to action (label and address), and the dates the campaign runs.
 * Everything optional, but checked together ({@link #problems()}): an image needs its alt text and
 * must come from the library, a label needs its address and the address must be safe, the end is
 * not before the start. The same record is what drafts send and answers show as {@code campaign}.
 */
@JsonbPropertyOrder({
  "heroImage",
  "heroAlt",
  "callToActionLabel",
  "callToActionUrl",
  "startsOn",
  "endsOn"
})
public record CampaignDetails(
    @Size(max = 500, message = "Hero image address must be 500 characters or fewer")
        String heroImage,
    @Size(max = 300, message = "Alt text must be 300 characters or fewer") String heroAlt,
    @Size(max = 80, message = "Call to action must be 80 characters or fewer")
        String callToActionLabel,
    @Size(max = 500, message = "Call to action address must be 500 characters or fewer")
        String callToActionUrl,
    LocalDate startsOn,
    LocalDate endsOn) {

  /** Images come from the media library only. */
  static final Pattern LIBRARY_IMAGE =
      Pattern.compile("/api/v1/media/[0-9a-f]{32}/[a-z0-9][a-z0-9.-]*");

  public CampaignDetails {
    heroImage = blankToNull(heroImage);
    heroAlt = blankToNull(heroAlt);
    callToActionLabel = blankToNull(callToActionLabel);
    callToActionUrl = blankToNull(callToActionUrl);
  }

  public static CampaignDetails none() {
    return new CampaignDetails(null, null, null, null, null, null);
  }

  /** Every problem of the fields taken together, by field name; empty when they fit. */
  public List<Problem.FieldError> problems() {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (heroImage != null && !LIBRARY_IMAGE.matcher(heroImage).matches()) {
      errors.add(
          new Problem.FieldError("heroImage", "Choose the hero image from the media library"));
    }
    if (heroImage != null && heroAlt == null) {
      errors.add(new Problem.FieldError("heroAlt", "Enter alt text for the hero image"));
    }
    if (callToActionLabel != null && callToActionUrl == null) {
      errors.add(
          new Problem.FieldError("callToActionUrl", "Enter the address the call to action opens"));
    }
    if (callToActionUrl != null && callToActionLabel == null) {
      errors.add(new Problem.FieldError("callToActionLabel", "Enter the call to action's words"));
    }
    if (callToActionUrl != null && !safeLink(callToActionUrl)) {
      errors.add(
          new Problem.FieldError(
              "callToActionUrl",
              "Enter an address starting with https:// or a page on this site starting with /"));
    }
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      errors.add(new Problem.FieldError("endsOn", "The end date must be on or after the start"));
    }
    return errors;
  }

  /**
   * An https address with a host, or a page on this site ({@code /...}). No backslash, space or
   * control character anywhere: browsers read {@code /\\evil.example} as {@code //evil.example},
   * another site.
   */
  static boolean safeLink(String url) {
    if (!url.matches("[^\\\\\\s\\p{Cntrl}]+")) {
      return false;
    }
    if (url.startsWith("/")) {
      return !url.startsWith("//");
    }
    if (!url.startsWith("https://")) {
      return false;
    }
    try {
      java.net.URI uri = new java.net.URI(url);
      return uri.getHost() != null && uri.getRawUserInfo() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** Without alt text when there is no image (alt text alone describes nothing). */
  public CampaignDetails tidied() {
    return new CampaignDetails(
        heroImage,
        heroImage == null ? null : heroAlt,
        callToActionLabel,
        callToActionUrl,
        startsOn,
        endsOn);
  }

  /** The fields as text, in a fixed order, as revisions and working drafts keep them. */
  public Map<String, String> asText() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("heroImage", text(heroImage));
    details.put("heroAlt", text(heroAlt));
    details.put("callToActionLabel", text(callToActionLabel));
    details.put("callToActionUrl", text(callToActionUrl));
    details.put("startsOn", startsOn == null ? "" : startsOn.toString());
    details.put("endsOn", endsOn == null ? "" : endsOn.toString());
    return details;
  }

  /** Back from {@link #asText()}; missing or blank values are absent. */
  public static CampaignDetails fromText(Map<String, String> details) {
    return new CampaignDetails(
        details.get("heroImage"),
        details.get("heroAlt"),
        details.get("callToActionLabel"),
        details.get("callToActionUrl"),
        date(details.get("startsOn")),
        date(details.get("endsOn")));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value);
  }
}
