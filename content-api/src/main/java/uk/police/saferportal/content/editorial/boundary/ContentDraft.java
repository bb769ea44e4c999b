package uk.police.saferportal.content.editorial.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.police.saferportal.content.campaign.entity.CampaignDetails;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * What an editor sends to create or change an item of any type: the shared fields, and for campaign
 * pages a hero image from the media library (with alt text), a call to action, and the dates the
 * campaign runs. Other types refuse the campaign fields. Topics and areas are slugs.
 */
public record ContentDraft(
    @Size(max = Slug.MAX_LENGTH, message = "Slug must be 100 characters or fewer")
        @Pattern(
            regexp = Slug.PATTERN,
            message = "Slug can only contain lower-case letters, numbers and single hyphens")
        String slug,
    @NotBlank(message = "Enter a title")
        @Size(max = 150, message = "Title must be 150 characters or fewer")
        String title,
    @NotBlank(message = "Enter a summary")
        @Size(max = 300, message = "Summary must be 300 characters or fewer")
        String summary,
    @NotBlank(message = "Enter the body text")
        @Size(max = 200_000, message = "Body must be 200,000 characters or fewer")
        String body,
    @Size(max = 10, message = "Choose 10 topics or fewer") List<String> topics,
    @Size(max = 5, message = "Choose 5 areas or fewer") List<String> areas,
    @Size(max = 500, message = "Hero image address must be 500 characters or fewer")
        String heroImage,
    @Size(max = 300, message = "Alt text must be 300 characters or fewer") String heroAlt,
    @Size(max = 80, message = "Call to action must be 80 characters or fewer")
        String callToActionLabel,
    @Size(max = 500, message = "Call to action address must be 500 characters or fewer")
        String callToActionUrl,
    LocalDate startsOn,
    LocalDate endsOn,
    @Size(max = 400, message = "Content note must be 400 characters or fewer") String contentNote) {

  /** Images come from the media library only. */
  static final java.util.regex.Pattern LIBRARY_IMAGE =
      java.util.regex.Pattern.compile("/api/v1/media/[0-9a-f]{32}/[a-z0-9][a-z0-9.-]*");

  /**
   * The campaign's own fields, checked together: an image needs alt text and must come from the
   * library, a call to action needs both label and a safe address, the end is not before the start.
   * Every problem is reported at once, by field.
   */
  /** Whether any campaign-only field was sent. */
  boolean hasCampaignFields() {
    return blankToNull(heroImage) != null
        || blankToNull(heroAlt) != null
        || blankToNull(callToActionLabel) != null
        || blankToNull(callToActionUrl) != null
        || startsOn != null
        || endsOn != null;
  }

  CampaignDetails details() {
    String image = blankToNull(heroImage);
    String alt = blankToNull(heroAlt);
    String label = blankToNull(callToActionLabel);
    String url = blankToNull(callToActionUrl);
    List<Problem.FieldError> errors = new ArrayList<>();
    if (image != null && !LIBRARY_IMAGE.matcher(image).matches()) {
      errors.add(
          new Problem.FieldError("heroImage", "Choose the hero image from the media library"));
    }
    if (image != null && alt == null) {
      errors.add(new Problem.FieldError("heroAlt", "Enter alt text for the hero image"));
    }
    if (label != null && url == null) {
      errors.add(
          new Problem.FieldError("callToActionUrl", "Enter the address the call to action opens"));
    }
    if (url != null && label == null) {
      errors.add(new Problem.FieldError("callToActionLabel", "Enter the call to action's words"));
    }
    if (url != null && !(url.startsWith("https://") || url.matches("/[^/].*|/"))) {
      errors.add(
          new Problem.FieldError(
              "callToActionUrl",
              "Enter an address starting with https:// or a page on this site starting with /"));
    }
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      errors.add(new Problem.FieldError("endsOn", "The end date must be on or after the start"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          Problem.withErrors(ProblemType.VALIDATION, errors.get(0).message(), errors));
    }
    return new CampaignDetails(
        image, image == null ? null : alt.trim(), label, url, startsOn, endsOn);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
