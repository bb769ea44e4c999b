package uk.police.saferportal.portal.platform.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether this request was answered from a last good copy because the content API was unavailable,
 * and when the oldest such copy was fetched. The public layout says so in a notification banner
 * ({@code #{staleReads}}), and the page is not stored by any cache (PublicPageCaching), so that no
 * one is shown an out-of-date copy once the API is back.
 */
@Named
@RequestScoped
public class StaleReads implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter UK_TIME =
      DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private Instant oldest;

  /** A copy fetched at this moment was served instead of a fresh answer. */
  public void served(Instant fetchedAt) {
    if (oldest == null || fetchedAt.isBefore(oldest)) {
      oldest = fetchedAt;
    }
  }

  public boolean isServed() {
    return oldest != null;
  }

  /** When the oldest copy on this page was fetched, if one was served. */
  public Optional<Instant> fetchedAt() {
    return Optional.ofNullable(oldest);
  }

  /** When the oldest copy was fetched, as UK readers write it ("2:05pm on 26 November 2026"). */
  public String getFetchedAtText() {
    return oldest == null ? "" : UK_TIME.format(oldest).replace("AM", "am").replace("PM", "pm");
  }
}
