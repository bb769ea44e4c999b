package uk.police.saferportal.portal.platform.control;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A purge that reaches every portal instance. The content API's webhook reaches one instance of a
 * cluster; that instance purges its own cache at once and tells the other members through Payara's
 * clustered CDI events (Hazelcast underneath), and each of them purges its own. A member that hears
 * of a purge only purges: it never tells anyone again, and Payara does not hand an event back to
 * the instance that sent it. Without a cluster ({@code --nocluster}) the broadcast reaches no one.
 *
 * <p>The message is a plain {@code String} (the slug, or empty for "everything") under its own
 * event name, so other applications in the same cluster, such as the content API when it shares an
 * instance in the tests, can read it without this WAR's classes and ignore it.
 */
@ApplicationScoped
public class ClusterWidePurge {
  static final String EVENT_NAME = "saferportal.portal.cache-purge";
  static final String EVERYTHING = "";
  private static final Logger LOG = Logger.getLogger(ClusterWidePurge.class.getName());

  @Inject ContentCache cache;
  @Inject RenderedPages pages;

  @Inject
  @Outbound(eventName = EVENT_NAME)
  Event<String> otherMembers;

  /** Something changed: the item with this slug, or (empty) anything. */
  public void purge(Optional<String> slug) {
    purgeHere(slug.orElse(EVERYTHING));
    try {
      otherMembers.fire(slug.orElse(EVERYTHING));
    } catch (RuntimeException e) {
      // this instance is purged; the others still expire their entries on time
      LOG.log(Level.WARNING, "Could not tell the other portal instances to purge their cache", e);
    }
  }

  void purgeAnotherMemberWasToldOf(@Observes @Inbound(eventName = EVENT_NAME) String slug) {
    purgeHere(slug);
  }

  private void purgeHere(String slug) {
    if (pages != null) {
      pages.purgeAll(); // any page may show the item (lists, the home page)
    }
    if (slug == null || slug.isBlank()) {
      cache.purgeAll();
    } else {
      cache.purgeItem(slug);
    }
  }
}
