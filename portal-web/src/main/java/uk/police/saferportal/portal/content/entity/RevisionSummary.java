package uk.police.saferportal.portal.content.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One saved version of an article, as the revision list shows it. */
public record RevisionSummary(int number, Instant createdAt, String author, String note) {
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  public String createdAtText() {
    return createdAt == null ? "" : MOMENT.format(createdAt);
  }
}
