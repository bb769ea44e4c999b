package uk.police.saferportal.content.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.platform.control.Measures;
import uk.police.saferportal.content.webhook.entity.DeliveryState;

/**
 * The database steps around one attempt, each in its own short transaction, so nothing is held open
 * while the receiver is called: take the attempt, then record how it went.
 */
@ApplicationScoped
public class DeliveryAttempts {
  /** What a sender needs to make one attempt; holds the secret, so never logged. */
  public record Attempt(
      String deliveryId,
      String webhookId,
      int number,
      String eventName,
      String payload,
      String targetUrl,
      String secret) {
    @Override
    public String toString() {
      return "Attempt[" + deliveryId + " #" + number + "]";
    }
  }

  @Inject Measures measures;
  @Inject WebhookStore store;
  @Inject WebhookSettings settings;
  @Inject Clock clock;

  @Transactional(TxType.REQUIRES_NEW)
  public List<String> due(Instant now, int limit) {
    return store.due(now, limit);
  }

  /** Claims the due attempt of a delivery, or empty when another sender (or nobody) has it. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Attempt> claim(String deliveryId, Instant now) {
    Instant lease = now.plus(settings.timeout().multipliedBy(3)).plusSeconds(30);
    if (!store.claim(deliveryId, now, lease)) {
      return Optional.empty();
    }
    return store
        .delivery(deliveryId)
        .flatMap(
            d ->
                store
                    .find(d.webhookId())
                    .map(
                        w ->
                            new Attempt(
                                d.id(),
                                w.id(),
                                d.attempts(),
                                d.eventName(),
                                d.payload(),
                                w.targetUrl(),
                                w.secret())));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void delivered(String deliveryId, int statusCode) {
    store
        .delivery(deliveryId)
        .filter(d -> d.state() == DeliveryState.PENDING)
        .ifPresent(d -> d.delivered(statusCode, clock.instant()));
    measures.count("saferportal.webhooks.delivered", "Webhook deliveries the receiver took", 1);
  }

  /** Records a failed attempt; answers the state it leaves the delivery in. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<DeliveryState> failed(String deliveryId, Integer statusCode, String error) {
    return store
        .delivery(deliveryId)
        .filter(d -> d.state() == DeliveryState.PENDING)
        .map(
            d -> {
              d.attemptFailed(statusCode, error, settings.retryPolicy(), clock.instant());
              measures.count(
                  "saferportal.webhooks.failed_attempts", "Webhook attempts that failed", 1);
              return d.state();
            });
  }
}
