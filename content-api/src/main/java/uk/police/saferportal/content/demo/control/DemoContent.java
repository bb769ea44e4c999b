package uk.police.saferportal.content.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.demo.entity.DemoItem;
import uk.police.saferportal.content.demo.entity.DemoSeeding;
import uk.police.saferportal.content.editorial.control.ContentEditing;
import uk.police.saferportal.content.editorial.control.ContentPublication;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.editorial.control.RichTextSanitiser;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.editorial.entity.Slug;

/**
 * How a content type's demo data gets in: through the same editing and workflow as staff use, so
 * demo items have their revisions and audit entries like any other.
 */
@ApplicationScoped
public class DemoContent {
  @Inject ContentEditing editing;
  @Inject ContentPublication publication;
  @Inject ContentStore store;
  @Inject AreaDirectory directory;

  /** Whether the type has no items yet, so its demo data is due. */
  public boolean noneOf(ContentType type) {
    return store.count(type.entity()) == 0;
  }

  /** Adds one item with the type's own fields ({@code details}), published if it says so. */
  public ContentItem add(ContentType type, DemoItem item, Map<String, String> details) {
    ContentFields fields =
        new ContentFields(
            item.title(),
            item.summary(),
            RichTextSanitiser.sanitise(item.body()),
            directory.topics(item.topics(), "topics"),
            directory.areas(item.areas(), "areas"),
            item.contentNote());
    ContentItem added =
        editing.create(
            type,
            Optional.ofNullable(item.slug()).map(Slug::new),
            fields,
            details,
            DemoSeeding.SEEDER);
    if (item.published()) {
      publication.act(
          type, added.slug(), EditorialAction.PUBLISH, Optional.empty(), DemoSeeding.SEEDER);
    }
    return added;
  }
}
