package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.police.saferportal.content.editorial.entity.ContentEvent;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.Revision;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Writing content of any type: create, revise (a published item's changes wait as its working
 * draft), discard those changes, delete. Each in one transaction with its revision and audit entry
 * ({@link ContentChanges}); permissions are checked at the boundary.
 */
@ApplicationScoped
@Transactional
public class ContentEditing {
  @Inject ContentChanges changes;
  @Inject ContentStore store;
  @Inject RevisionLog revisions;

  /**
   * Creates an item from its fields; without a requested slug one is made from the title (with a
   * number added if taken).
   */
  public ContentItem create(
      ContentType type,
      Optional<Slug> requested,
      ContentFields fields,
      Map<String, String> details,
      String author) {
    Slug slug = requested.orElseGet(() -> freeSlug(type, Slug.fromTitle(fields.title())));
    if (requested.isPresent() && store.exists(type.entity(), slug.value())) {
      throw new ProblemException(
          Problem.withErrors(
              ProblemType.CONFLICT,
              "Another " + type.noun() + " already uses this slug.",
              List.of(new Problem.FieldError("slug", "This slug is already in use"))));
    }
    ContentItem item = type.make(slug, fields, details, author, changes.now());
    store.add(item);
    changes.keepRevision(item, author, "created");
    changes.audit(author, item, "create", "title: " + fields.title());
    return item;
  }

  /**
   * Changes an item's content: the shared fields and the type's own ({@link
   * ContentItem#details()}). A published item keeps its public fields: the change is kept as its
   * working draft until published. Anything else changes at once.
   */
  public ContentItem revise(
      ContentType type,
      String slug,
      long expectedVersion,
      ContentFields fields,
      Map<String, String> details,
      String editor) {
    ContentItem item = changes.current(type, slug, Optional.of(expectedVersion));
    Revision after = changes.change(item, fields, details, editor, "edited");
    changes.audit(
        editor,
        item,
        "update",
        (item.workingDraft().waiting() ? "working draft, " : "")
            + "revision "
            + (after.number() - 1)
            + " -> "
            + after.number()
            + ", title: "
            + fields.title());
    return item;
  }

  /** Drops the unpublished changes of a published item; the public page stays as it is. */
  public ContentItem discardWorkingDraft(
      ContentType type, String slug, Optional<Long> expectedVersion, String editor) {
    ContentItem item = changes.current(type, slug, expectedVersion);
    if (!item.workingDraft().waiting()) {
      throw ProblemException.of(
          ProblemType.CONFLICT, "There are no unpublished changes to discard.");
    }
    item.clearWorkingDraft();
    item.touchBy(editor, changes.now());
    changes.keepRevision(item, editor, "unpublished changes discarded");
    changes.audit(editor, item, "discard-draft", null);
    return item;
  }

  public void delete(ContentType type, String slug, Optional<Long> expectedVersion, String who) {
    ContentItem item = changes.current(type, slug, expectedVersion);
    boolean wasPublic = item.isPublished();
    revisions.forget(item.contentType(), item.id());
    store.remove(item);
    changes.audit(who, item, "delete", "title: " + item.title());
    if (wasPublic) {
      changes.announce(item, ContentEvent.Kind.UNPUBLISHED, who);
    }
  }

  private Slug freeSlug(ContentType type, Slug base) {
    Slug candidate = base;
    for (int n = 2; store.exists(type.entity(), candidate.value()); n++) {
      candidate = base.withSuffix(n);
    }
    return candidate;
  }
}
