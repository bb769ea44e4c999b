package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Topic;
import uk.police.saferportal.content.editorial.entity.ContentCheck;
import uk.police.saferportal.content.editorial.entity.ContentEvent;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.editorial.entity.EditorialRuleException;
import uk.police.saferportal.content.editorial.entity.Revision;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.control.InstanceName;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;

/**
 * The staff use cases of every content type: create, revise, workflow moves, scheduling, revisions
 * and restore, delete. Each runs in one transaction with its audit entry (named {@code
 * <type>.<action>}, e.g. {@code campaign.publish}); every save of the content keeps a revision; a
 * stale version is refused before anything changes; whatever changes what the public sees is
 * announced as a {@link ContentEvent}. Permissions are checked at the boundary.
 */
@ApplicationScoped
@Transactional
public class ContentDesk {
  static final String SCHEDULER = "scheduler";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject ContentStore store;
  @Inject AuditTrail audit;
  @Inject RevisionLog revisions;
  @Inject AreaDirectory directory;
  @Inject PublishingRules rules;
  @Inject Clock clock;
  @Inject Event<ContentEvent> events;
  @Inject InstanceName instance;

  /**
   * Creates an item from its fields; without a requested slug one is made from the title (with a
   * number added if taken).
   */
  public <T extends ContentItem> T create(
      Class<T> type,
      Optional<Slug> requested,
      String title,
      SlugFactory<T> factory,
      String author) {
    Slug slug = requested.orElseGet(() -> freeSlug(type, Slug.fromTitle(title)));
    if (requested.isPresent() && store.exists(type, slug.value())) {
      throw new ProblemException(
          Problem.withErrors(
              ProblemType.CONFLICT,
              "Another " + ContentItem.noun(type) + " already uses this slug.",
              List.of(new Problem.FieldError("slug", "This slug is already in use"))));
    }
    T item = factory.make(slug, clock.instant());
    store.add(item);
    keepRevision(item, author, "created");
    audit.record(
        author, action(item, "create"), item.contentType(), slug.value(), "title: " + title);
    return item;
  }

  /** Makes a new item of one type, with the slug chosen and the time of creation. */
  @FunctionalInterface
  public interface SlugFactory<T> {
    T make(Slug slug, Instant now);
  }

  /**
   * Changes an item's content: the shared fields and the type's own ({@link
   * ContentItem#details()}). A published item keeps its public fields: the change is kept as its
   * working draft until published. Anything else changes at once.
   */
  public <T extends ContentItem> T revise(
      Class<T> type,
      String slug,
      long expectedVersion,
      ContentFields fields,
      Map<String, String> details,
      String editor) {
    T item = current(type, slug, Optional.of(expectedVersion));
    Revision after = change(item, fields, details, editor, "edited");
    audit.record(
        editor,
        action(item, "update"),
        item.contentType(),
        slug,
        (item.workingDraft().isPresent() ? "working draft, " : "")
            + "revision "
            + (after.number() - 1)
            + " -> "
            + after.number()
            + ", title: "
            + fields.title());
    return item;
  }

  /** Drops the unpublished changes of a published item; the public page stays as it is. */
  public <T extends ContentItem> T discardWorkingDraft(
      Class<T> type, String slug, Optional<Long> expectedVersion, String editor) {
    T item = current(type, slug, expectedVersion);
    if (item.workingDraft().isEmpty()) {
      throw ProblemException.of(
          ProblemType.CONFLICT, "There are no unpublished changes to discard.");
    }
    item.clearWorkingDraft();
    item.touchBy(editor, clock.instant());
    keepRevision(item, editor, "unpublished changes discarded");
    audit.record(editor, action(item, "discard-draft"), item.contentType(), slug, null);
    return item;
  }

  /** The content an editor is working on: the working draft if there is one, else the item's. */
  public static ContentSnapshot workingContent(ContentItem item) {
    return item.workingDraft()
        .map(json -> JSONB.fromJson(json, ContentSnapshot.class))
        .orElseGet(() -> ContentSnapshot.of(item));
  }

  private Revision change(
      ContentItem item,
      ContentFields fields,
      Map<String, String> details,
      String editor,
      String note) {
    Instant now = clock.instant();
    if (item.isPublished()) {
      item.keepWorkingDraft(JSONB.toJson(snapshot(fields, details)), editor, now);
      return keepRevision(item, editor, note + " (not yet published)");
    }
    item.revise(fields, editor, now);
    item.restoreDetails(details);
    item.clearWorkingDraft();
    return keepRevision(item, editor, note);
  }

  /** Makes the working draft, if any, the item's content. */
  private void fold(ContentItem item, String who) {
    if (item.workingDraft().isEmpty()) {
      return;
    }
    ContentSnapshot draft = workingContent(item);
    item.revise(fieldsOf(draft), who, clock.instant());
    item.restoreDetails(draft.details());
    item.clearWorkingDraft();
  }

  private ContentFields fieldsOf(ContentSnapshot snapshot) {
    return new ContentFields(
        snapshot.title(),
        snapshot.summary(),
        snapshot.body(),
        directory.topics(snapshot.topics(), "topics"),
        directory.areas(snapshot.areas(), "areas"),
        snapshot.contentNote());
  }

  private static ContentSnapshot snapshot(ContentFields fields, Map<String, String> details) {
    return new ContentSnapshot(
        fields.title(),
        fields.summary(),
        fields.body(),
        fields.topics().stream()
            .sorted(Comparator.comparingInt(Topic::position))
            .map(Topic::slug)
            .toList(),
        fields.areas().stream()
            .sorted(Comparator.comparingInt(Area::position))
            .map(Area::slug)
            .toList(),
        details,
        fields.contentNote());
  }

  /**
   * Takes a workflow action (submit, publish, archive...) on an item. On a published item with a
   * working draft, submit sends the changes for review, return-to-draft sends them back to their
   * editor and publish publishes them; the public page is not touched until then.
   */
  public <T extends ContentItem> T act(
      Class<T> type,
      String slug,
      EditorialAction action,
      Optional<Long> expectedVersion,
      String who) {
    T item = current(type, slug, expectedVersion);
    if (action == EditorialAction.PUBLISH) {
      ContentSnapshot working = workingContent(item);
      rules.requirePublishable(working.title(), working.summary(), working.body());
    }
    boolean wasPublic = item.isPublished();
    if (wasPublic && action == EditorialAction.SUBMIT) {
      ruled(() -> item.submitWorkingDraft(who, clock.instant()));
      audit.record(
          who, action(item, "submit"), item.contentType(), slug, "changes sent for review");
      return item;
    }
    if (wasPublic && action == EditorialAction.RETURN_TO_DRAFT && item.workingDraftInReview()) {
      item.returnWorkingDraft(who, clock.instant());
      audit.record(
          who,
          action(item, "return-to-draft"),
          item.contentType(),
          slug,
          "changes returned to their editor");
      return item;
    }
    if (wasPublic && action == EditorialAction.PUBLISH && item.workingDraft().isPresent()) {
      fold(item, who);
      keepRevision(item, who, "changes published");
      audit.record(who, action(item, "publish"), item.contentType(), slug, "changes published");
      announce(item, ContentEvent.Kind.PUBLISHED, who);
      return item;
    }
    fold(item, who);
    String before = item.state().apiName();
    ruled(() -> item.act(action, who, clock.instant()));
    audit.record(
        who,
        action(item, action.apiName()),
        item.contentType(),
        slug,
        before + " -> " + item.state().apiName());
    if (item.isPublished()) {
      announce(item, ContentEvent.Kind.PUBLISHED, who);
    } else if (wasPublic) {
      announce(
          item,
          action == EditorialAction.ARCHIVE
              ? ContentEvent.Kind.ARCHIVED
              : ContentEvent.Kind.UNPUBLISHED,
          who);
    }
    return item;
  }

  public <T extends ContentItem> T schedule(
      Class<T> type,
      String slug,
      Instant publishAt,
      Instant unpublishAt,
      Optional<Long> expectedVersion,
      String who) {
    T item = current(type, slug, expectedVersion);
    if (!item.isPublished()) {
      fold(item, who);
    }
    if (publishAt != null) {
      rules.requirePublishable(item.title(), item.summary(), item.body());
    }
    ruled(() -> item.schedule(publishAt, unpublishAt, who, clock.instant()));
    audit.record(
        who,
        action(item, "schedule"),
        item.contentType(),
        slug,
        "publish at " + publishAt + (unpublishAt == null ? "" : ", end at " + unpublishAt));
    return item;
  }

  public void delete(
      Class<? extends ContentItem> type, String slug, Optional<Long> expectedVersion, String who) {
    ContentItem item = current(type, slug, expectedVersion);
    boolean wasPublic = item.isPublished();
    revisions.forget(item.contentType(), item.id());
    store.remove(item);
    audit.record(who, action(item, "delete"), item.contentType(), slug, "title: " + item.title());
    if (wasPublic) {
      announce(item, ContentEvent.Kind.UNPUBLISHED, who);
    }
  }

  /** Every finding of the publishing checks, warnings included, for the editor to see. */
  public List<ContentCheck> checks(Class<? extends ContentItem> type, String slug) {
    ContentSnapshot working = workingContent(existing(type, slug));
    return rules.check(working.title(), working.summary(), working.body());
  }

  public List<Revision> history(Class<? extends ContentItem> type, String slug) {
    ContentItem item = existing(type, slug);
    return revisions.history(item.contentType(), item.id());
  }

  public Revision revision(Class<? extends ContentItem> type, String slug, int number) {
    ContentItem item = existing(type, slug);
    return revisions
        .find(item.contentType(), item.id(), number)
        .orElseThrow(() -> ProblemException.notFound("Revision " + number));
  }

  /** The content a revision kept. */
  public static ContentSnapshot snapshotOf(Revision revision) {
    return JSONB.fromJson(revision.snapshot(), ContentSnapshot.class);
  }

  /** Makes an older revision the current content again, kept as a new revision. */
  public <T extends ContentItem> T restore(
      Class<T> type, String slug, int number, long expectedVersion, String editor) {
    T item = current(type, slug, Optional.of(expectedVersion));
    Revision revision =
        revisions
            .find(item.contentType(), item.id(), number)
            .orElseThrow(() -> ProblemException.notFound("Revision " + number));
    ContentSnapshot old = snapshotOf(revision);
    Revision after =
        change(item, fieldsOf(old), old.details(), editor, "restored revision " + number);
    audit.record(
        editor,
        action(item, "restore"),
        item.contentType(),
        slug,
        "revision " + number + " restored as revision " + after.number());
    return item;
  }

  /** Publishes one item if still due; for the scheduler, one transaction per item. */
  public boolean publishIfDue(long id, Instant now) {
    if (!store.publishIfDue(id, now, SCHEDULER)) {
      return false;
    }
    store
        .byId(id)
        .ifPresent(
            item -> {
              audit.record(
                  SCHEDULER,
                  action(item, "publish"),
                  item.contentType(),
                  item.slug(),
                  "scheduled, by instance " + instance.value());
              announce(item, ContentEvent.Kind.PUBLISHED, SCHEDULER);
            });
    return true;
  }

  /** Archives one item whose end time has come; for the scheduler. */
  public boolean archiveIfEnded(long id, Instant now) {
    if (!store.archiveIfEnded(id, now, SCHEDULER)) {
      return false;
    }
    store
        .byId(id)
        .ifPresent(
            item -> {
              audit.record(
                  SCHEDULER,
                  action(item, "archive"),
                  item.contentType(),
                  item.slug(),
                  "scheduled end, by instance " + instance.value());
              announce(item, ContentEvent.Kind.ARCHIVED, SCHEDULER);
            });
    return true;
  }

  private static String action(ContentItem item, String verb) {
    return item.contentType() + "." + verb;
  }

  private void announce(ContentItem item, ContentEvent.Kind kind, String who) {
    events.fire(new ContentEvent(item.contentType(), item.slug(), kind, clock.instant(), who));
  }

  private Revision keepRevision(ContentItem item, String author, String note) {
    store.flush();
    return revisions.record(
        item.contentType(), item.id(), author, note, JSONB.toJson(workingContent(item)));
  }

  private <T extends ContentItem> T existing(Class<T> type, String slug) {
    return store
        .find(type, slug)
        .orElseThrow(() -> ProblemException.notFound(ContentItem.label(type)));
  }

  private <T extends ContentItem> T current(
      Class<T> type, String slug, Optional<Long> expectedVersion) {
    T item = existing(type, slug);
    if (expectedVersion.isPresent() && expectedVersion.get() != item.version()) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "Someone else changed this "
              + ContentItem.noun(type)
              + " since you opened it. Reload it to see their changes, then make yours again.");
    }
    return item;
  }

  private Slug freeSlug(Class<? extends ContentItem> type, Slug base) {
    Slug candidate = base;
    for (int n = 2; store.exists(type, candidate.value()); n++) {
      candidate = base.withSuffix(n);
    }
    return candidate;
  }

  private static void ruled(Runnable action) {
    try {
      action.run();
    } catch (EditorialRuleException e) {
      throw ProblemException.of(ProblemType.CONFLICT, e.getMessage());
    }
  }
}
