package uk.police.saferportal.content.editorial.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the public can see has changed: an item was published (or its published text changed),
 * unpublished or archived. Fired as a CDI event inside the transaction that made the change;
 * observers that talk to the outside world (webhooks, cache purges) observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS}, so nothing is announced that was rolled back.
 *
 * @param contentType the content type's API name: {@code advice}, {@code campaign} or {@code page}
 * @param slug the item's slug (its public address)
 * @param kind what happened
 * @param at when it happened
 * @param by the member of staff, or {@code scheduler}
 */
public record ContentEvent(String contentType, String slug, Kind kind, Instant at, String by) {
  public enum Kind {
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    /** The event name used outside, e.g. {@code content.published}. */
    public String eventName() {
      return "content." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ContentEvent {
    Objects.requireNonNull(contentType);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(at);
    Objects.requireNonNull(by);
  }
}
