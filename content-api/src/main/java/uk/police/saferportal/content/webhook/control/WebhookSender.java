package uk.police.saferportal.content.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.saferportal.content.webhook.entity.DeliveryState;
import uk.police.saferportal.content.webhook.entity.WebhookSignature;

/**
 * Sends due deliveries: each attempt is claimed first (so several instances never send the same
 * attempt twice), then POSTed signed, outside any transaction, with short timeouts. Runs on the
 * ticker and, right after an event commits, on a managed thread so receivers hear at once. Logs ids
 * and outcomes only: never a secret, a target address or a payload.
 */
@ApplicationScoped
public class WebhookSender {
  public static final String EVENT_HEADER = "X-SaferPortal-Event";
  public static final String DELIVERY_HEADER = "X-SaferPortal-Delivery";
  public static final String TIMESTAMP_HEADER = "X-SaferPortal-Timestamp";
  public static final String SIGNATURE_HEADER = "X-SaferPortal-Signature";
  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
  private static final int BATCH = 50;

  @Inject DeliveryAttempts attempts;
  @Inject WebhookSettings settings;
  @Inject Clock clock;

  private final Semaphore wake = new Semaphore(0);
  private volatile HttpClient http;

  /** Asks the worker to send what is due now rather than at its next round; never blocks. */
  public void kick() {
    if (wake.availablePermits() == 0) {
      wake.release();
    }
  }

  /**
   * The worker's loop: sends what is due every {@code interval}, or at once when kicked, until the
   * thread is interrupted.
   */
  public void work(Duration interval) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
        sendDue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Sending webhooks failed; will try again shortly", e);
      }
    }
  }

  /** Makes every due attempt once; answers how many were made. */
  public int sendDue() {
    int made = 0;
    for (String id : attempts.due(clock.instant(), BATCH)) {
      var claimed = attempts.claim(id, clock.instant());
      if (claimed.isPresent()) {
        attempt(claimed.get());
        made++;
      }
    }
    return made;
  }

  private void attempt(DeliveryAttempts.Attempt attempt) {
    Instant now = clock.instant();
    long timestamp = now.getEpochSecond();
    HttpResponse<Void> response;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(attempt.targetUrl()))
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "SaferPortal-Webhooks/1")
              .header(EVENT_HEADER, attempt.eventName())
              .header(DELIVERY_HEADER, attempt.deliveryId())
              .header(TIMESTAMP_HEADER, Long.toString(timestamp))
              .header(
                  SIGNATURE_HEADER,
                  WebhookSignature.sign(attempt.secret(), timestamp, attempt.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
              .build();
      response = http().send(request, HttpResponse.BodyHandlers.discarding());
    } catch (HttpTimeoutException e) {
      failed(attempt, null, "The receiver did not answer in time");
      return;
    } catch (IOException e) {
      failed(attempt, null, "Could not reach the receiver (" + e.getClass().getSimpleName() + ")");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed(attempt, null, "Sending was interrupted");
      return;
    } catch (IllegalArgumentException e) {
      failed(attempt, null, "The target address is not valid");
      return;
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      attempts.delivered(attempt.deliveryId(), status);
      LOG.fine(() -> "Webhook delivery " + attempt.deliveryId() + " delivered (" + status + ")");
    } else {
      failed(attempt, status, "The receiver answered HTTP " + status);
    }
  }

  private void failed(DeliveryAttempts.Attempt attempt, Integer status, String error) {
    DeliveryState state = attempts.failed(attempt.deliveryId(), status, error).orElse(null);
    LOG.log(
        state == DeliveryState.FAILED ? Level.WARNING : Level.INFO,
        () ->
            "Webhook delivery "
                + attempt.deliveryId()
                + " for webhook "
                + attempt.webhookId()
                + ": attempt "
                + attempt.number()
                + " failed: "
                + error
                + (state == DeliveryState.FAILED ? "; giving up" : "; will retry"));
  }

  private HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(Math.min(5, settings.timeout().toSeconds())))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      http = client;
    }
    return client;
  }
}
