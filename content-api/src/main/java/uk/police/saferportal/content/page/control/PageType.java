package uk.police.saferportal.content.page.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.page.entity.StaticPage;

/** Static pages at {@code /pages}: the shared fields and nothing of their own. */
@ApplicationScoped
public class PageType implements ContentType {
  @Override
  public String collection() {
    return "pages";
  }

  @Override
  public String noun() {
    return "page";
  }

  @Override
  public Class<? extends ContentItem> entity() {
    return StaticPage.class;
  }

  @Override
  public ContentItem make(
      Slug slug, ContentFields fields, Map<String, String> details, String author, Instant now) {
    return new StaticPage(slug, fields, author, now);
  }
}
