package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.editorial.entity.ContentCheck;
import uk.police.saferportal.content.editorial.entity.ContentEvent;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.platform.control.InstanceName;

/**
 * The publication workflow of any type: the moves ({@link EditorialAction}), scheduling, the
 * scheduler's timed moves, and the publishing checks. Whatever changes what the public sees is
 * announced as a {@link ContentEvent}. Each in one transaction with its audit entry; permissions
 * are checked at the boundary.
 */
@ApplicationScoped
@Transactional
public class ContentPublication {
  static final String SCHEDULER = "scheduler";

  @Inject ContentChanges changes;
  @Inject ContentStore store;
  @Inject PublishingRules rules;
  @Inject InstanceName instance;

  /**
   * Takes a workflow action (submit, publish, archive...) on an item. On a published item with a
   * working draft, submit sends the changes for review, return-to-draft sends them back to their
   * editor and publish publishes them; the public page is not touched until then.
   */
  public ContentItem act(
      ContentType type,
      String slug,
      EditorialAction action,
      Optional<Long> expectedVersion,
      String who) {
    ContentItem item = changes.current(type, slug, expectedVersion);
    if (action == EditorialAction.PUBLISH) {
      ContentSnapshot working = ContentSnapshot.working(item);
      rules.requirePublishable(working.title(), working.summary(), working.body());
    }
    boolean wasPublic = item.isPublished();
    if (wasPublic && action == EditorialAction.SUBMIT) {
      ContentChanges.ruled(() -> item.submitWorkingDraft(who, changes.now()));
      changes.audit(who, item, "submit", "changes sent for review");
      return item;
    }
    if (wasPublic && action == EditorialAction.RETURN_TO_DRAFT && item.workingDraft().inReview()) {
      item.returnWorkingDraft(who, changes.now());
      changes.audit(who, item, "return-to-draft", "changes returned to their editor");
      return item;
    }
    if (wasPublic && action == EditorialAction.PUBLISH && item.workingDraft().waiting()) {
      changes.fold(item, who);
      changes.keepRevision(item, who, "changes published");
      changes.audit(who, item, "publish", "changes published");
      changes.announce(item, ContentEvent.Kind.PUBLISHED, who);
      return item;
    }
    changes.fold(item, who);
    String before = item.state().apiName();
    ContentChanges.ruled(() -> item.act(action, who, changes.now()));
    changes.audit(who, item, action.apiName(), before + " -> " + item.state().apiName());
    if (item.isPublished()) {
      changes.announce(item, ContentEvent.Kind.PUBLISHED, who);
    } else if (wasPublic) {
      changes.announce(
          item,
          action == EditorialAction.ARCHIVE
              ? ContentEvent.Kind.ARCHIVED
              : ContentEvent.Kind.UNPUBLISHED,
          who);
    }
    return item;
  }

  public ContentItem schedule(
      ContentType type,
      String slug,
      Instant publishAt,
      Instant unpublishAt,
      Optional<Long> expectedVersion,
      String who) {
    ContentItem item = changes.current(type, slug, expectedVersion);
    if (!item.isPublished()) {
      changes.fold(item, who);
    }
    if (publishAt != null) {
      rules.requirePublishable(item.title(), item.summary(), item.body());
    }
    ContentChanges.ruled(() -> item.schedule(publishAt, unpublishAt, who, changes.now()));
    changes.audit(
        who,
        item,
        "schedule",
        "publish at " + publishAt + (unpublishAt == null ? "" : ", end at " + unpublishAt));
    return item;
  }

  /** Every finding of the publishing checks, warnings included, for the editor to see. */
  public List<ContentCheck> checks(ContentType type, String slug) {
    ContentSnapshot working = ContentSnapshot.working(changes.existing(type, slug));
    return rules.check(working.title(), working.summary(), working.body());
  }

  /** Publishes one item if still due; for the scheduler, one transaction per item. */
  public boolean publishIfDue(long id, Instant now) {
    return timed(
        store.publishIfDue(id, now, SCHEDULER),
        id,
        "publish",
        "scheduled",
        ContentEvent.Kind.PUBLISHED);
  }

  /** Archives one item whose end time has come; for the scheduler. */
  public boolean archiveIfEnded(long id, Instant now) {
    return timed(
        store.archiveIfEnded(id, now, SCHEDULER),
        id,
        "archive",
        "scheduled end",
        ContentEvent.Kind.ARCHIVED);
  }

  /** Records a timed move this instance won (the conditional update said so) and announces it. */
  private boolean timed(
      boolean moved, long id, String verb, String detail, ContentEvent.Kind kind) {
    if (moved) {
      store
          .byId(id)
          .ifPresent(
              item -> {
                changes.audit(SCHEDULER, item, verb, detail + ", by instance " + instance.value());
                changes.announce(item, kind, SCHEDULER);
              });
    }
    return moved;
  }
}
