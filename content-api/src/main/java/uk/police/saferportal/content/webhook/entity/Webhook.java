package uk.police.saferportal.content.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A subscription of an outside system to content events. Created by an administrator with a
 * generated secret (shown once, kept only to sign deliveries); renamed, pointed elsewhere,
 * resubscribed, paused and resumed; deleted with its delivery log. A <em>managed</em> webhook is
 * kept by the application from its configuration (the portal's cache purge) and is not changed
 * through the API.
 */
@Entity
@Table(name = "webhook")
public class Webhook {
  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false)
  private String name;

  @Column(name = "target_url", nullable = false)
  private String targetUrl;

  @Column(nullable = false)
  private String secret;

  @Column(nullable = false)
  private String events;

  @Column(nullable = false)
  private boolean active;

  @Column(nullable = false)
  private boolean managed;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Webhook() {}

  public Webhook(
      String name,
      String targetUrl,
      Set<String> events,
      String secret,
      boolean managed,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.secret = Objects.requireNonNull(secret);
    this.managed = managed;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    change(name, targetUrl, events, true);
  }

  /** Changes what an administrator may change; the secret stays. */
  public void change(String name, String targetUrl, Set<String> events, boolean active) {
    if (events == null || events.isEmpty()) {
      throw new IllegalArgumentException("a webhook subscribes to at least one event");
    }
    for (String event : events) {
      if (WebhookEvent.known(event).isEmpty()) {
        throw new IllegalArgumentException("unknown event " + event);
      }
    }
    this.name = Objects.requireNonNull(name);
    this.targetUrl = Objects.requireNonNull(targetUrl);
    this.events = String.join(",", WebhookEvent.NAMES.stream().filter(events::contains).toList());
    this.active = active;
  }

  /** For a managed webhook whose configured secret changed. */
  public void replaceSecret(String secret) {
    this.secret = Objects.requireNonNull(secret);
  }

  public boolean subscribesTo(String eventName) {
    return active && events().contains(eventName);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String targetUrl() {
    return targetUrl;
  }

  /** Only for signing. */
  public String secret() {
    return secret;
  }

  public Set<String> events() {
    return new LinkedHashSet<>(List.of(events.split(",")));
  }

  public boolean active() {
    return active;
  }

  public boolean managed() {
    return managed;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "Webhook[" + id + ", " + name + "]";
  }
}
