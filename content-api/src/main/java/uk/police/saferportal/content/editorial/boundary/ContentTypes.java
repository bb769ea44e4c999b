package uk.police.saferportal.content.editorial.boundary;

import java.time.Instant;
import java.util.Map;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.campaign.entity.Campaign;
import uk.police.saferportal.content.campaign.entity.CampaignDetails;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.page.entity.StaticPage;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * The content types the API serves, by the collection name in their address: {@code advice}, {@code
 * campaigns}, {@code pages}. The one place a new type is added.
 */
final class ContentTypes {
  /** The path template matching exactly the collections below. */
  static final String COLLECTIONS = "advice|campaigns|pages";

  private static final Map<String, Class<? extends ContentItem>> BY_COLLECTION =
      Map.of("advice", Advice.class, "campaigns", Campaign.class, "pages", StaticPage.class);

  private ContentTypes() {}

  static Class<? extends ContentItem> of(String collection) {
    Class<? extends ContentItem> type = BY_COLLECTION.get(collection);
    if (type == null) {
      throw ProblemException.notFound("Collection " + collection);
    }
    return type;
  }

  /** A new item of the type, from the shared fields and (campaigns only) the campaign's own. */
  static ContentItem make(
      Class<? extends ContentItem> type,
      Slug slug,
      ContentFields fields,
      CampaignDetails details,
      String author,
      Instant now) {
    if (type == Campaign.class) {
      return new Campaign(slug, fields, details, author, now);
    }
    if (type == StaticPage.class) {
      return new StaticPage(slug, fields, author, now);
    }
    return new Advice(slug, fields, author, now);
  }
}
