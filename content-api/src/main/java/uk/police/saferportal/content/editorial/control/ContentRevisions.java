package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.Revision;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * The saved versions of an item: its history, one version, and restoring an older one (kept as a
 * new revision; on a published item it becomes the working draft, like any edit).
 */
@ApplicationScoped
@Transactional
public class ContentRevisions {
  @Inject ContentChanges changes;
  @Inject RevisionLog revisions;

  public List<Revision> history(ContentType type, String slug) {
    ContentItem item = changes.existing(type, slug);
    return revisions.history(item.contentType(), item.id());
  }

  public Revision revision(ContentType type, String slug, int number) {
    return find(changes.existing(type, slug), number);
  }

  /** The content a revision kept. */
  public static ContentSnapshot snapshotOf(Revision revision) {
    return ContentSnapshot.fromJson(revision.snapshot());
  }

  /** Makes an older revision the current content again, kept as a new revision. */
  public ContentItem restore(
      ContentType type, String slug, int number, long expectedVersion, String editor) {
    ContentItem item = changes.current(type, slug, Optional.of(expectedVersion));
    ContentSnapshot old = snapshotOf(find(item, number));
    Revision after =
        changes.change(
            item, changes.fieldsOf(old), old.details(), editor, "restored revision " + number);
    changes.audit(
        editor, item, "restore", "revision " + number + " restored as revision " + after.number());
    return item;
  }

  private Revision find(ContentItem item, int number) {
    return revisions
        .find(item.contentType(), item.id(), number)
        .orElseThrow(() -> ProblemException.notFound("Revision " + number));
  }
}
