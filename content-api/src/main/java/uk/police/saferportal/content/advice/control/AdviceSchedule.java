package uk.police.saferportal.content.advice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import uk.police.saferportal.content.editorial.control.ScheduledPublishing;

/** Advice's part in scheduled publishing: each due article moves in its own transaction. */
@ApplicationScoped
public class AdviceSchedule implements ScheduledPublishing {
  @Inject AdviceStore store;
  @Inject AdviceDesk desk;

  @Override
  public int publishDue(Instant now) {
    int moved = 0;
    for (long id : store.dueForPublication(now)) {
      moved += desk.publishIfDue(id, now) ? 1 : 0;
    }
    return moved;
  }

  @Override
  public int archiveEnded(Instant now) {
    int moved = 0;
    for (long id : store.endedBy(now)) {
      moved += desk.archiveIfEnded(id, now) ? 1 : 0;
    }
    return moved;
  }
}
