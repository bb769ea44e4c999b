package uk.police.saferportal.content.advice.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.Slug;

/** Advice articles at {@code /advice}: the shared fields and nothing of their own. */
@ApplicationScoped
public class AdviceType implements ContentType {
  @Override
  public String collection() {
    return "advice";
  }

  @Override
  public String noun() {
    return "article";
  }

  @Override
  public Class<? extends ContentItem> entity() {
    return Advice.class;
  }

  @Override
  public ContentItem make(
      Slug slug, ContentFields fields, Map<String, String> details, String author, Instant now) {
    return new Advice(slug, fields, author, now);
  }
}
