package uk.police.saferportal.content.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.police.saferportal.content.campaign.entity.Campaign;
import uk.police.saferportal.content.campaign.entity.CampaignDetails;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.control.JsonInput;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Campaign pages at {@code /campaigns}: the shared fields plus {@link CampaignDetails}, sent and
 * shown as the object {@code campaign}; field problems are named {@code campaign.<field>}. The hero
 * image is a media address, so the media library counts it as a use.
 */
@ApplicationScoped
public class CampaignType implements ContentType {
  private static final String PREFIX = Campaign.TYPE + ".";

  @Inject JsonInput input;

  @Override
  public String collection() {
    return "campaigns";
  }

  @Override
  public String noun() {
    return "campaign";
  }

  @Override
  public Class<? extends ContentItem> entity() {
    return Campaign.class;
  }

  @Override
  public ContentItem make(
      Slug slug, ContentFields fields, Map<String, String> details, String author, Instant now) {
    return new Campaign(slug, fields, CampaignDetails.fromText(details), author, now);
  }

  @Override
  public boolean hasOwnFields() {
    return true;
  }

  @Override
  public Map<String, String> readOwnFields(JsonObject sent) {
    CampaignDetails details = input.checked(sent, CampaignDetails.class, PREFIX);
    List<Problem.FieldError> errors =
        details.problems().stream()
            .map(e -> new Problem.FieldError(PREFIX + e.field(), e.message()))
            .toList();
    if (!errors.isEmpty()) {
      throw new ProblemException(
          Problem.withErrors(ProblemType.VALIDATION, errors.get(0).message(), errors));
    }
    return details.tidied().asText();
  }

  @Override
  public Object ownFieldsView(Map<String, String> details) {
    return CampaignDetails.fromText(details);
  }

  @Override
  public List<String> mediaAttributes() {
    return List.of("heroImage");
  }
}
