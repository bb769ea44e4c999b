package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import uk.police.saferportal.content.editorial.entity.ContentEvent;
import uk.police.saferportal.content.platform.control.PublicReadCache;

/**
 * Whatever the public can see changed (a publication, an unpublication, an archive, by staff or by
 * the scheduler, on any instance): every kept public answer goes, on every instance, once the
 * change is committed. Lists are emptied as well as the item's own answer, since the item may join
 * or leave any of them; changes are rare next to reads, so emptying everything is cheap and never
 * wrong.
 */
@ApplicationScoped
public class PublicReadInvalidation {
  @Inject PublicReadCache cache;

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentEvent event) {
    cache.invalidateEverywhere();
  }
}
