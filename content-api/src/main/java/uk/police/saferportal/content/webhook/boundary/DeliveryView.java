package uk.police.saferportal.content.webhook.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import uk.police.saferportal.content.webhook.entity.WebhookDelivery;

/** One entry of a webhook's delivery log. */
@JsonbPropertyOrder({
  "id",
  "event",
  "state",
  "attempts",
  "lastStatusCode",
  "lastError",
  "createdAt",
  "nextAttemptAt",
  "deliveredAt",
  "payload"
})
public record DeliveryView(
    String id,
    String event,
    String state,
    int attempts,
    Integer lastStatusCode,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant deliveredAt,
    String payload) {

  static DeliveryView of(WebhookDelivery d) {
    return new DeliveryView(
        d.id(),
        d.eventName(),
        d.state().apiName(),
        d.attempts(),
        d.lastStatusCode(),
        d.lastError(),
        d.createdAt(),
        d.nextAttemptAt(),
        d.deliveredAt(),
        d.payload());
  }
}
