package uk.police.saferportal.content.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;
import uk.police.saferportal.content.webhook.entity.Webhook;
import uk.police.saferportal.content.webhook.entity.WebhookDelivery;
import uk.police.saferportal.content.webhook.entity.WebhookEvent;

/**
 * The administrators' use cases on webhooks, each in one transaction with its audit entry. The
 * audit detail names the webhook and its events, never its secret or full address (a target URL may
 * itself carry a token).
 */
@ApplicationScoped
@Transactional
public class WebhookDesk {
  static final String SUBJECT = "webhook";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject WebhookStore store;
  @Inject WebhookSettings settings;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A new webhook with the secret generated for it, to be shown this once. */
  public record Created(Webhook webhook, String secret) {
    @Override
    public String toString() {
      return "Created[" + webhook + "]";
    }
  }

  public Created create(String name, String url, List<String> events, String by) {
    String cleanName = name.trim();
    URI target = target(url);
    Set<String> subscribed = events(events);
    if (store.byName(cleanName).isPresent()) {
      throw nameTaken();
    }
    String secret = newSecret();
    Webhook webhook =
        new Webhook(cleanName, target.toString(), subscribed, secret, false, by, clock.instant());
    store.add(webhook);
    audit.record(by, "webhook.create", SUBJECT, webhook.id(), describe(webhook));
    return new Created(webhook, secret);
  }

  public Webhook change(
      String id,
      long expectedVersion,
      String name,
      String url,
      List<String> events,
      boolean active,
      String by) {
    Webhook webhook = current(id, Optional.of(expectedVersion));
    requireUnmanaged(webhook);
    String cleanName = name.trim();
    URI target = target(url);
    Set<String> subscribed = events(events);
    if (store.byName(cleanName).filter(other -> !other.id().equals(id)).isPresent()) {
      throw nameTaken();
    }
    String before = describe(webhook);
    webhook.change(cleanName, target.toString(), subscribed, active);
    audit.record(by, "webhook.update", SUBJECT, id, before + " -> " + describe(webhook));
    return webhook;
  }

  public void delete(String id, Optional<Long> expectedVersion, String by) {
    Webhook webhook = current(id, expectedVersion);
    requireUnmanaged(webhook);
    store.remove(webhook);
    audit.record(by, "webhook.delete", SUBJECT, id, "name: " + webhook.name());
  }

  /** Sends a delivery again now, whatever became of it. */
  public WebhookDelivery retry(String id, String deliveryId, String by) {
    Webhook webhook = current(id, Optional.empty());
    WebhookDelivery delivery =
        store
            .delivery(webhook.id(), deliveryId)
            .orElseThrow(() -> ProblemException.notFound("Delivery"));
    delivery.retryNow(clock.instant());
    audit.record(
        by, "webhook.retry", SUBJECT, id, "delivery " + deliveryId + ", " + delivery.eventName());
    return delivery;
  }

  /**
   * Keeps the webhook the application itself needs (the portal's cache purge) as configured: made
   * on first start, pointed at the configured address and secret on later ones.
   */
  public void keepManaged(String name, String url, String secret) {
    // the portal's address comes from the operators' configuration, on the internal network
    URI target = target(url, true);
    Set<String> all = new LinkedHashSet<>(WebhookEvent.NAMES);
    Optional<Webhook> existing = store.managed();
    if (existing.isPresent()) {
      Webhook webhook = existing.get();
      webhook.change(webhook.name(), target.toString(), all, true);
      webhook.replaceSecret(secret);
      return;
    }
    String free = name;
    for (int n = 2; store.byName(free).isPresent(); n++) {
      free = name + " " + n;
    }
    Webhook webhook =
        new Webhook(free, target.toString(), all, secret, true, "system", clock.instant());
    store.add(webhook);
    audit.record("system", "webhook.create", SUBJECT, webhook.id(), describe(webhook));
  }

  /** Deactivates the managed webhook when the configuration no longer names one. */
  public void pauseManaged() {
    store
        .managed()
        .filter(Webhook::active)
        .ifPresent(w -> w.change(w.name(), w.targetUrl(), w.events(), false));
  }

  private Webhook current(String id, Optional<Long> expectedVersion) {
    Webhook webhook = store.find(id).orElseThrow(() -> ProblemException.notFound("Webhook"));
    if (expectedVersion.isPresent() && expectedVersion.get() != webhook.version()) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "Someone else changed this webhook since you opened it. Reload it and try again.");
    }
    return webhook;
  }

  private static void requireUnmanaged(Webhook webhook) {
    if (webhook.managed()) {
      throw ProblemException.of(
          ProblemType.CONFLICT,
          "The application keeps this webhook from its configuration"
              + " (saferportal.webhooks.portal.*); change it there.");
    }
  }

  /** The target address: absolute https (or http where allowed), with a host, no user info. */
  URI target(String url) {
    return target(url, settings.allowHttp());
  }

  static URI target(String url, boolean httpAllowed) {
    String allowed = httpAllowed ? "https or http" : "https";
    String message = "Enter a full web address starting with " + allowed + "://";
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException | NullPointerException e) {
      throw ProblemException.invalidField("url", message);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean schemeOk = scheme.equals("https") || (httpAllowed && scheme.equals("http"));
    if (!schemeOk || uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw ProblemException.invalidField("url", message);
    }
    return uri;
  }

  private static Set<String> events(List<String> events) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>();
    for (int i = 0; i < events.size(); i++) {
      String event = events.get(i);
      Optional<String> name = WebhookEvent.known(event == null ? null : event.trim());
      if (name.isPresent()) {
        known.add(name.get());
      } else {
        errors.add(
            new Problem.FieldError(
                "events[" + i + "]",
                "Unknown event '"
                    + event
                    + "'. Events are "
                    + String.join(", ", WebhookEvent.NAMES)));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          Problem.withErrors(ProblemType.VALIDATION, errors.get(0).message(), errors));
    }
    if (known.isEmpty()) {
      throw ProblemException.invalidField("events", "Choose at least one event");
    }
    return known;
  }

  private static ProblemException nameTaken() {
    return new ProblemException(
        Problem.withErrors(
            ProblemType.CONFLICT,
            "There is already a webhook with this name.",
            List.of(new Problem.FieldError("name", "This name is already in use"))));
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String describe(Webhook webhook) {
    URI uri = URI.create(webhook.targetUrl());
    return "name: "
        + webhook.name()
        + ", host: "
        + uri.getHost()
        + ", events: "
        + String.join(" ", webhook.events())
        + (webhook.active() ? "" : ", paused");
  }
}
