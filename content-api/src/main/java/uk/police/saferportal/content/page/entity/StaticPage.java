package uk.police.saferportal.content.page.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.Slug;

/**
 * A static page of the site: the accessibility statement, the privacy notice, about. The shared
 * content fields and nothing more; usually force-wide and without topics.
 */
@Entity
@DiscriminatorValue(StaticPage.TYPE)
public class StaticPage extends ContentItem {
  public static final String TYPE = "page";

  protected StaticPage() {}

  public StaticPage(Slug slug, ContentFields fields, String author, Instant now) {
    super(slug, fields, author, now);
  }
}
