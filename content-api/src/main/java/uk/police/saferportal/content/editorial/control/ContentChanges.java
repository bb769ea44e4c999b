package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Topic;
import uk.police.saferportal.content.editorial.entity.ContentEvent;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.EditorialRuleException;
import uk.police.saferportal.content.editorial.entity.Revision;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;

/**
 * What editing, the publication workflow and revisions share: finding the item (refusing a stale
 * version before anything changes), applying content to it (or to its working draft while it is
 * published), and keeping the record of every change: a revision, an audit entry named {@code
 * <type>.<action>} (e.g. {@code campaign.publish}), and a {@link ContentEvent} when what the public
 * sees changes. Runs inside the caller's transaction (dependent: each user gets its own,
 * unproxied).
 */
@Dependent
class ContentChanges {
  @Inject ContentStore store;
  @Inject ContentTypes types;
  @Inject AuditTrail audit;
  @Inject RevisionLog revisions;
  @Inject AreaDirectory directory;
  @Inject Clock clock;
  @Inject Event<ContentEvent> events;

  Instant now() {
    return clock.instant();
  }

  ContentItem existing(ContentType type, String slug) {
    return store
        .find(type.entity(), slug)
        .orElseThrow(() -> ProblemException.notFound(type.label()));
  }

  /** The item, if its version is still the one the caller last read. */
  ContentItem current(ContentType type, String slug, Optional<Long> expectedVersion) {
    ContentItem item = existing(type, slug);
    if (expectedVersion.isPresent() && expectedVersion.get() != item.version()) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "Someone else changed this "
              + type.noun()
              + " since you opened it. Reload it to see their changes, then make yours again.");
    }
    return item;
  }

  /**
   * Applies content to an item: a published item keeps its public fields and the change becomes its
   * working draft; anything else changes at once. Kept as a revision.
   */
  Revision change(
      ContentItem item,
      ContentFields fields,
      Map<String, String> details,
      String editor,
      String note) {
    Instant now = clock.instant();
    if (item.isPublished()) {
      item.keepWorkingDraft(snapshot(fields, details).toJson(), editor, now);
      return keepRevision(item, editor, note + " (not yet published)");
    }
    item.revise(fields, editor, now);
    item.restoreDetails(details);
    item.clearWorkingDraft();
    return keepRevision(item, editor, note);
  }

  /** Makes the working draft, if any, the item's content. */
  void fold(ContentItem item, String who) {
    if (!item.workingDraft().waiting()) {
      return;
    }
    ContentSnapshot draft = ContentSnapshot.working(item);
    item.revise(fieldsOf(draft), who, clock.instant());
    item.restoreDetails(draft.details());
    item.clearWorkingDraft();
  }

  /** The shared fields a snapshot kept, topics and areas looked up again. */
  ContentFields fieldsOf(ContentSnapshot snapshot) {
    return new ContentFields(
        snapshot.title(),
        snapshot.summary(),
        snapshot.body(),
        directory.topics(snapshot.topics(), "topics"),
        directory.areas(snapshot.areas(), "areas"),
        snapshot.contentNote());
  }

  Revision keepRevision(ContentItem item, String author, String note) {
    store.flush();
    return revisions.record(
        item.contentType(), item.id(), author, note, ContentSnapshot.working(item).toJson());
  }

  void audit(String who, ContentItem item, String verb, String detail) {
    audit.record(who, item.contentType() + "." + verb, item.contentType(), item.slug(), detail);
  }

  void announce(ContentItem item, ContentEvent.Kind kind, String who) {
    events.fire(new ContentEvent(item.contentType(), item.slug(), kind, clock.instant(), who));
  }

  /** Runs an entity move; a rule it breaks is a conflict for the caller. */
  static void ruled(Runnable action) {
    try {
      action.run();
    } catch (EditorialRuleException e) {
      throw ProblemException.of(ProblemType.CONFLICT, e.getMessage());
    }
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
}
