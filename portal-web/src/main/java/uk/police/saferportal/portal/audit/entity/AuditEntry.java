package uk.police.saferportal.portal.audit.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One staff action from the audit log. */
public record AuditEntry(
    Instant occurredAt,
    String actor,
    String action,
    String subjectType,
    String subjectRef,
    String detail) {
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  public String occurredAtText() {
    return occurredAt == null ? "" : MOMENT.format(occurredAt);
  }
}
