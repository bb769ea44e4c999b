package uk.police.saferportal.content.webhook.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import uk.police.saferportal.content.webhook.control.WebhookDesk;

/** The answer to creating a webhook: the webhook and, this once only, its signing secret. */
@JsonbPropertyOrder({
  "id",
  "name",
  "url",
  "events",
  "active",
  "managed",
  "createdBy",
  "createdAt",
  "version",
  "secret"
})
public record CreatedWebhookView(
    String id,
    String name,
    String url,
    List<String> events,
    boolean active,
    boolean managed,
    String createdBy,
    Instant createdAt,
    long version,
    String secret) {

  static CreatedWebhookView of(WebhookDesk.Created created) {
    WebhookView w = WebhookView.of(created.webhook());
    return new CreatedWebhookView(
        w.id(),
        w.name(),
        w.url(),
        w.events(),
        w.active(),
        w.managed(),
        w.createdBy(),
        w.createdAt(),
        w.version(),
        created.secret());
  }

  @Override
  public String toString() {
    return "CreatedWebhookView[" + id + "]";
  }
}
