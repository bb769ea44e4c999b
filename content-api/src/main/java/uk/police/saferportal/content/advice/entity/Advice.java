package uk.police.saferportal.content.advice.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.Slug;

/**
 * A crime-prevention advice article: the shared content fields and nothing more. Life cycle and
 * locking come from {@link ContentItem}.
 */
@Entity
@DiscriminatorValue(Advice.TYPE)
public class Advice extends ContentItem {
  public static final String TYPE = "advice";

  protected Advice() {}

  public Advice(Slug slug, ContentFields fields, String author, Instant now) {
    super(slug, fields, author, now);
  }
}
