package uk.police.saferportal.content.editorial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/**
 * The editorial life of one piece of content, embedded in every content type: its state, when it
 * was published, and when it is scheduled to go live or come down. Moves only through {@link
 * #apply} and {@link #schedule}, which enforce {@link EditorialAction}'s rules.
 */
@Embeddable
public class Editorial {
  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private EditorialState state = EditorialState.DRAFT;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "unpublish_at")
  private Instant unpublishAt;

  public Editorial() {}

  /** Takes an action other than scheduling; a move the current state does not allow throws. */
  public void apply(EditorialAction action, Instant now) {
    if (action == EditorialAction.SCHEDULE) {
      throw new IllegalArgumentException("scheduling needs a time: use schedule()");
    }
    check(action);
    state = action.target();
    switch (action) {
      case PUBLISH -> {
        publishedAt = now;
        publishAt = null;
      }
      case RETURN_TO_DRAFT, ARCHIVE -> {
        publishAt = null;
        unpublishAt = null;
      }
      case UNPUBLISH -> unpublishAt = null;
      default -> {}
    }
  }

  /**
   * Schedules publication at {@code at} and, optionally, taking down (archiving) at {@code until}.
   * Both must lie in the future, the second after the first. Without {@code at}, published content
   * gets only an end time.
   */
  public void schedule(Instant at, Instant until, Instant now) {
    if (at == null) {
      scheduleEnd(until, now);
      return;
    }
    if (!at.isAfter(now)) {
      throw new EditorialRuleException("The publication time must be in the future.");
    }
    if (until != null && !until.isAfter(at)) {
      throw new EditorialRuleException("The end time must be after the publication time.");
    }
    check(EditorialAction.SCHEDULE);
    state = EditorialState.SCHEDULED;
    publishAt = at;
    unpublishAt = until;
  }

  /** Published content can be given an end time alone: it comes down (archived) then. */
  private void scheduleEnd(Instant until, Instant now) {
    if (state != EditorialState.PUBLISHED) {
      throw new EditorialRuleException("Choose when to publish.");
    }
    if (until == null || !until.isAfter(now)) {
      throw new EditorialRuleException("The end time must be in the future.");
    }
    unpublishAt = until;
  }

  private void check(EditorialAction action) {
    if (!action.allowedFrom(state)) {
      throw new EditorialRuleException(
          "Cannot "
              + action.apiName().replace('-', ' ')
              + " content that is "
              + state.apiName()
              + ".");
    }
  }

  public boolean isPublic() {
    return state == EditorialState.PUBLISHED;
  }

  public EditorialState state() {
    return state;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<Instant> publishAt() {
    return Optional.ofNullable(publishAt);
  }

  public Optional<Instant> unpublishAt() {
    return Optional.ofNullable(unpublishAt);
  }
}
