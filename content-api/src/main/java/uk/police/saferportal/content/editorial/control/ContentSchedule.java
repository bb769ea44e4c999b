package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Content's part in scheduled publishing, for every content type at once: each due item moves in
 * its own transaction.
 */
@ApplicationScoped
public class ContentSchedule implements ScheduledPublishing {
  @Inject ContentStore store;
  @Inject ContentPublication publication;

  @Override
  public int publishDue(Instant now) {
    int moved = 0;
    for (long id : store.dueForPublication(now)) {
      moved += publication.publishIfDue(id, now) ? 1 : 0;
    }
    return moved;
  }

  @Override
  public int archiveEnded(Instant now) {
    int moved = 0;
    for (long id : store.endedBy(now)) {
      moved += publication.archiveIfEnded(id, now) ? 1 : 0;
    }
    return moved;
  }
}
