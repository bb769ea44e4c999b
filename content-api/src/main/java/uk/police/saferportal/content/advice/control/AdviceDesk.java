package uk.police.saferportal.content.advice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.advice.entity.AdviceContent;
import uk.police.saferportal.content.editorial.entity.EditorialRuleException;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;

/**
 * The staff use cases on advice. Each runs in one transaction with its audit entry; a stale version
 * is refused before anything changes. Permissions are checked at the boundary.
 */
@ApplicationScoped
@Transactional
public class AdviceDesk {
  private static final String SUBJECT = "advice";

  @Inject AdviceStore store;
  @Inject AuditTrail audit;
  @Inject Clock clock;

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
    audit.record(author, "advice.create", SUBJECT, slug.value(), "title: " + content.title());
    return advice;
  }

  public Advice revise(String slug, long expectedVersion, AdviceContent content, String editor) {
    Advice advice = current(slug, expectedVersion);
    advice.revise(content, editor, clock.instant());
    audit.record(editor, "advice.update", SUBJECT, slug, "title: " + content.title());
    return advice;
  }

  public Advice publish(String slug, Optional<Long> expectedVersion, String publisher) {
    Advice advice = current(slug, expectedVersion);
    ruled(() -> advice.publish(publisher, clock.instant()));
    audit.record(publisher, "advice.publish", SUBJECT, slug, null);
    return advice;
  }

  public Advice unpublish(String slug, Optional<Long> expectedVersion, String publisher) {
    Advice advice = current(slug, expectedVersion);
    ruled(() -> advice.unpublish(publisher, clock.instant()));
    audit.record(publisher, "advice.unpublish", SUBJECT, slug, null);
    return advice;
  }

  public void delete(String slug, Optional<Long> expectedVersion, String publisher) {
    Advice advice = current(slug, expectedVersion);
    store.remove(advice);
    audit.record(publisher, "advice.delete", SUBJECT, slug, "title: " + advice.title());
  }

  private Advice current(String slug, long expectedVersion) {
    return current(slug, Optional.of(expectedVersion));
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
