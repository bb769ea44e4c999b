package uk.police.saferportal.portal.webhook.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One entry of a webhook's delivery log. */
public record WebhookDelivery(
    String id,
    String event,
    String state,
    int attempts,
    Integer lastStatusCode,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant deliveredAt) {
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  public String createdAtText() {
    return text(createdAt);
  }

  public String nextAttemptAtText() {
    return text(nextAttemptAt);
  }

  public String deliveredAtText() {
    return text(deliveredAt);
  }

  private static String text(Instant at) {
    return at == null ? "" : MOMENT.format(at);
  }
}
