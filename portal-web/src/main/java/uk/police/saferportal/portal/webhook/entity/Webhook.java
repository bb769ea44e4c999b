package uk.police.saferportal.portal.webhook.entity;

import java.time.Instant;
import java.util.List;

/** A webhook as the content API shows it (never with its secret). */
public record Webhook(
    String id,
    String name,
    String url,
    List<String> events,
    boolean active,
    boolean managed,
    String createdBy,
    Instant createdAt,
    long version) {
  public Webhook {
    events = events == null ? List.of() : List.copyOf(events);
  }

  public String eventsText() {
    return String.join(", ", events);
  }
}
