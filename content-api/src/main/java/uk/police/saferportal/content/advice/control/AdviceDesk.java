package uk.police.saferportal.content.advice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.advice.entity.AdviceContent;
import uk.police.saferportal.content.advice.entity.AdviceSnapshot;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.editorial.control.PublishingRules;
import uk.police.saferportal.content.editorial.control.RevisionLog;
import uk.police.saferportal.content.editorial.entity.ContentCheck;
import uk.police.saferportal.content.editorial.entity.ContentEvent;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.editorial.entity.EditorialRuleException;
import uk.police.saferportal.content.editorial.entity.Revision;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;

/**
 * The staff use cases on advice. Each runs in one transaction with its audit entry, and every save
 * of the content keeps a revision; a stale version is refused before anything changes. Permissions
 * are checked at the boundary.
 */
@ApplicationScoped
@Transactional
public class AdviceDesk {
  public static final String CONTENT_TYPE = "advice";
  static final String SCHEDULER = "scheduler";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject AdviceStore store;
  @Inject AuditTrail audit;
  @Inject RevisionLog revisions;
  @Inject AreaDirectory directory;
  @Inject PublishingRules rules;
  @Inject Clock clock;
  @Inject Event<ContentEvent> events;

  public Advice create(Optional<Slug> requested, AdviceContent content, String author) {
    Slug slug = requested.orElseGet(() -> freeSlug(Slug.fromTitle(content.title())));
    if (requested.isPresent() && store.exists(slug.value())) {
      throw new ProblemException(
          Problem.withErrors(
              ProblemType.CONFLICT,
              "Another article already uses this slug.",
              List.of(new Problem.FieldError("slug", "This slug is already in use"))));
    }
    Advice advice = new Advice(slug, content, author, clock.instant());
    store.add(advice);
    keepRevision(advice, author, "created");
    audit.record(author, "advice.create", CONTENT_TYPE, slug.value(), "title: " + content.title());
    return advice;
  }

  public Advice revise(String slug, long expectedVersion, AdviceContent content, String editor) {
    Advice advice = current(slug, Optional.of(expectedVersion));
    advice.revise(content, editor, clock.instant());
    keepRevision(advice, editor, "edited");
    audit.record(editor, "advice.update", CONTENT_TYPE, slug, "title: " + content.title());
    if (advice.isPublished()) {
      announce(advice, ContentEvent.Kind.PUBLISHED, editor);
    }
    return advice;
  }

  /** Takes a workflow action (submit, publish, archive...) on an article. */
  public Advice act(
      String slug, EditorialAction action, Optional<Long> expectedVersion, String who) {
    Advice advice = current(slug, expectedVersion);
    if (action == EditorialAction.PUBLISH) {
      rules.requirePublishable(advice.title(), advice.summary(), advice.body());
    }
    boolean wasPublic = advice.isPublished();
    ruled(() -> advice.act(action, who, clock.instant()));
    audit.record(who, "advice." + action.apiName(), CONTENT_TYPE, slug, null);
    if (advice.isPublished()) {
      announce(advice, ContentEvent.Kind.PUBLISHED, who);
    } else if (wasPublic) {
      announce(
          advice,
          action == EditorialAction.ARCHIVE
              ? ContentEvent.Kind.ARCHIVED
              : ContentEvent.Kind.UNPUBLISHED,
          who);
    }
    return advice;
  }

  public Advice schedule(
      String slug,
      Instant publishAt,
      Instant unpublishAt,
      Optional<Long> expectedVersion,
      String who) {
    Advice advice = current(slug, expectedVersion);
    if (publishAt != null) {
      rules.requirePublishable(advice.title(), advice.summary(), advice.body());
    }
    ruled(() -> advice.schedule(publishAt, unpublishAt, who, clock.instant()));
    audit.record(
        who,
        "advice.schedule",
        CONTENT_TYPE,
        slug,
        "publish at " + publishAt + (unpublishAt == null ? "" : ", end at " + unpublishAt));
    return advice;
  }

  public void delete(String slug, Optional<Long> expectedVersion, String publisher) {
    Advice advice = current(slug, expectedVersion);
    boolean wasPublic = advice.isPublished();
    revisions.forget(CONTENT_TYPE, advice.id());
    store.remove(advice);
    if (wasPublic) {
      announce(advice, ContentEvent.Kind.UNPUBLISHED, publisher);
    }
    audit.record(publisher, "advice.delete", CONTENT_TYPE, slug, "title: " + advice.title());
  }

  /** Every finding of the publishing checks, warnings included, for the editor to see. */
  public List<ContentCheck> checks(String slug) {
    Advice advice = store.find(slug).orElseThrow(() -> ProblemException.notFound("Advice"));
    return rules.check(advice.title(), advice.summary(), advice.body());
  }

  public List<Revision> history(String slug) {
    Advice advice = store.find(slug).orElseThrow(() -> ProblemException.notFound("Advice"));
    return revisions.history(CONTENT_TYPE, advice.id());
  }

  public Revision revision(String slug, int number) {
    Advice advice = store.find(slug).orElseThrow(() -> ProblemException.notFound("Advice"));
    return revisions
        .find(CONTENT_TYPE, advice.id(), number)
        .orElseThrow(() -> ProblemException.notFound("Revision " + number));
  }

  /** Makes an older revision the current content again, kept as a new revision. */
  public Advice restore(String slug, int number, long expectedVersion, String editor) {
    Advice advice = current(slug, Optional.of(expectedVersion));
    Revision revision =
        revisions
            .find(CONTENT_TYPE, advice.id(), number)
            .orElseThrow(() -> ProblemException.notFound("Revision " + number));
    AdviceSnapshot old = JSONB.fromJson(revision.snapshot(), AdviceSnapshot.class);
    AdviceContent content =
        new AdviceContent(
            old.title(),
            old.summary(),
            old.body(),
            directory.topics(old.topics(), "topics"),
            directory.areas(old.areas(), "areas"));
    advice.revise(content, editor, clock.instant());
    keepRevision(advice, editor, "restored revision " + number);
    audit.record(editor, "advice.restore", CONTENT_TYPE, slug, "revision " + number);
    if (advice.isPublished()) {
      announce(advice, ContentEvent.Kind.PUBLISHED, editor);
    }
    return advice;
  }

  /** Publishes one article if still due; for the scheduler, one transaction per article. */
  public boolean publishIfDue(long id, Instant now) {
    if (!store.publishIfDue(id, now, SCHEDULER)) {
      return false;
    }
    store
        .byId(id)
        .ifPresent(
            a -> {
              audit.record(SCHEDULER, "advice.publish", CONTENT_TYPE, a.slug(), "scheduled");
              announce(a, ContentEvent.Kind.PUBLISHED, SCHEDULER);
            });
    return true;
  }

  /** Archives one article whose end time has come; for the scheduler. */
  public boolean archiveIfEnded(long id, Instant now) {
    if (!store.archiveIfEnded(id, now, SCHEDULER)) {
      return false;
    }
    store
        .byId(id)
        .ifPresent(
            a -> {
              audit.record(SCHEDULER, "advice.archive", CONTENT_TYPE, a.slug(), "scheduled end");
              announce(a, ContentEvent.Kind.ARCHIVED, SCHEDULER);
            });
    return true;
  }

  private void announce(Advice advice, ContentEvent.Kind kind, String who) {
    events.fire(new ContentEvent(CONTENT_TYPE, advice.slug(), kind, clock.instant(), who));
  }

  private void keepRevision(Advice advice, String author, String note) {
    store.flush();
    revisions.record(
        CONTENT_TYPE, advice.id(), author, note, JSONB.toJson(AdviceSnapshot.of(advice)));
  }

  private Advice current(String slug, Optional<Long> expectedVersion) {
    Advice advice = store.find(slug).orElseThrow(() -> ProblemException.notFound("Advice"));
    if (expectedVersion.isPresent() && expectedVersion.get() != advice.version()) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "Someone else changed this article since you opened it. Reload it to see their"
              + " changes, then make yours again.");
    }
    return advice;
  }

  private Slug freeSlug(Slug base) {
    Slug candidate = base;
    for (int n = 2; store.exists(candidate.value()); n++) {
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
