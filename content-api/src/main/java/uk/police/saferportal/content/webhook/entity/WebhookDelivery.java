package uk.police.saferportal.content.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One event to tell one webhook. Written {@code pending} in the transaction of the event (so it is
 * never lost and never sent for a change that rolled back), due at once. Each attempt is claimed by
 * one sender (a conditional update that counts it); a 2xx makes it {@code delivered}, anything else
 * waits out the backoff and is tried again, until the attempts run out and it is {@code failed}. An
 * administrator can send it again at any time.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
  private static final int MAX_ERROR = 200;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "webhook_id", nullable = false, length = 36)
  private String webhookId;

  @Column(name = "event_name", nullable = false)
  private String eventName;

  @Column(nullable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected WebhookDelivery() {}

  public WebhookDelivery(
      String id, String webhookId, String eventName, String payload, Instant createdAt) {
    this.id = Objects.requireNonNull(id);
    this.webhookId = Objects.requireNonNull(webhookId);
    this.eventName = Objects.requireNonNull(eventName);
    this.payload = Objects.requireNonNull(payload);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.state = DeliveryState.PENDING;
    this.nextAttemptAt = createdAt;
  }

  /** The receiver accepted the attempt just made. */
  public void delivered(int statusCode, Instant at) {
    state = DeliveryState.DELIVERED;
    lastStatusCode = statusCode;
    lastError = null;
    deliveredAt = at;
    nextAttemptAt = null;
  }

  /**
   * The attempt just made failed: a status the receiver answered with (or null when it did not
   * answer) and a short reason. Tried again after the backoff, or failed for good.
   */
  public void attemptFailed(Integer statusCode, String error, RetryPolicy policy, Instant now) {
    lastStatusCode = statusCode;
    lastError = error == null ? null : error.substring(0, Math.min(MAX_ERROR, error.length()));
    policy
        .nextAttempt(attempts, now)
        .ifPresentOrElse(
            next -> {
              state = DeliveryState.PENDING;
              nextAttemptAt = next;
            },
            () -> {
              state = DeliveryState.FAILED;
              nextAttemptAt = null;
            });
  }

  /**
   * An administrator asks for it to be sent again now. After the attempts have run out this is one
   * more attempt: its failure ends it again.
   */
  public void retryNow(Instant now) {
    state = DeliveryState.PENDING;
    nextAttemptAt = now;
  }

  public String id() {
    return id;
  }

  public String webhookId() {
    return webhookId;
  }

  public String eventName() {
    return eventName;
  }

  public String payload() {
    return payload;
  }

  public DeliveryState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer lastStatusCode() {
    return lastStatusCode;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
