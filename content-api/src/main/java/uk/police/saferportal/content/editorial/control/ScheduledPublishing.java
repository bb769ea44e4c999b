package uk.police.saferportal.content.editorial.control;

import java.time.Instant;

/**
 * What a content type does when the publication scheduler ticks: publish what is due, take down
 * what has ended. Each item must move exactly once even when several instances tick at the same
 * moment; implementations use a conditional update per item for that.
 */
public interface ScheduledPublishing {
  /** Publishes scheduled items whose time has come; answers how many this call moved. */
  int publishDue(Instant now);

  /** Archives published items whose end time has come; answers how many this call moved. */
  int archiveEnded(Instant now);
}
