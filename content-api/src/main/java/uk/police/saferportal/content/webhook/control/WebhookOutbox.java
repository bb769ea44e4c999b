package uk.police.saferportal.content.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.UUID;
import uk.police.saferportal.content.editorial.entity.ContentEvent;
import uk.police.saferportal.content.webhook.entity.Webhook;
import uk.police.saferportal.content.webhook.entity.WebhookDelivery;

/**
 * The transactional outbox: a content event writes one delivery per active webhook subscribed to
 * it, in the transaction of the change itself. If that rolls back, so do the deliveries; if it
 * commits, they are sent even if the application stops the next moment.
 */
@ApplicationScoped
public class WebhookOutbox {
  @Inject WebhookStore store;
  @Inject WebhookSender sender;

  void enqueue(@Observes ContentEvent event) {
    String name = event.kind().eventName();
    for (Webhook webhook : store.active()) {
      if (webhook.subscribesTo(name)) {
        String id = UUID.randomUUID().toString();
        store.add(new WebhookDelivery(id, webhook.id(), name, payload(id, event), event.at()));
      }
    }
  }

  /** Once committed, send at once rather than wait for the next tick. */
  void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentEvent event) {
    sender.kick();
  }

  static String payload(String deliveryId, ContentEvent event) {
    return Json.createObjectBuilder()
        .add("id", deliveryId)
        .add("event", event.kind().eventName())
        .add("contentType", event.contentType())
        .add("slug", event.slug())
        .add("at", event.at().toString())
        .build()
        .toString();
  }
}
