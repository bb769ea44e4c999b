package uk.police.saferportal.content.webhook.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import uk.police.saferportal.content.webhook.entity.Webhook;

/**
 * A webhook as the API shows it. The secret is not part of it: it is shown once, in {@link
 * CreatedWebhookView}, when the webhook is created.
 */
@JsonbPropertyOrder({
  "id",
  "name",
  "url",
  "events",
  "active",
  "managed",
  "createdBy",
  "createdAt",
  "version"
})
public record WebhookView(
    String id,
    String name,
    String url,
    List<String> events,
    boolean active,
    boolean managed,
    String createdBy,
    Instant createdAt,
    long version) {

  static WebhookView of(Webhook w) {
    return new WebhookView(
        w.id(),
        w.name(),
        w.targetUrl(),
        List.copyOf(w.events()),
        w.active(),
        w.managed(),
        w.createdBy(),
        w.createdAt(),
        w.version());
  }
}
