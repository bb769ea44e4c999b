package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.PreviewLink;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.platform.entity.Secrets;
import uk.police.saferportal.content.security.control.AuditTrail;

/**
 * Makes and opens preview links. A link is 256 random bits, shown once to its maker; the database
 * keeps its SHA-256. Opening checks, in order: the link exists (404), it is the caller's own (403:
 * it works for nobody else), it has not expired (410), the item still exists (404).
 */
@ApplicationScoped
@Transactional
public class PreviewLinks {

  @PersistenceContext EntityManager em;
  @Inject ContentStore store;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "saferportal.preview.ttl-seconds", defaultValue = "3600")
  long ttlSeconds;

  /** A new link to {@code item} for {@code who}; answers the secret (shown once) and its expiry. */
  public Issued issue(ContentItem item, String who) {
    String token = Secrets.randomToken();
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofSeconds(ttlSeconds));
    forgetExpired();
    em.persist(new PreviewLink(Secrets.sha256Hex(token), item.id(), who, now, expires));
    audit.record(
        who,
        item.contentType() + ".preview",
        item.contentType(),
        item.slug(),
        "preview link until " + expires);
    return new Issued(token, expires);
  }

  /** The item behind a link, for its maker, while it lasts. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentItem open(String token, String who) {
    PreviewLink link =
        em.createQuery("select p from PreviewLink p where p.tokenHash = :hash", PreviewLink.class)
            .setParameter("hash", Secrets.sha256Hex(token == null ? "" : token))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("Preview link"));
    if (!link.belongsTo(who)) {
      throw ProblemException.of(
          ProblemType.FORBIDDEN,
          "This preview link belongs to someone else. Ask them to show you, or make your own"
              + " from the editor.");
    }
    if (link.expiredAt(clock.instant())) {
      throw ProblemException.of(
          ProblemType.GONE, "This preview link has expired. Make a new one from the editor.");
    }
    return store
        .byId(link.contentId())
        .orElseThrow(() -> ProblemException.notFound("The previewed item"));
  }

  /** Removes links that have expired; answers how many. */
  public int forgetExpired() {
    return em.createQuery("delete from PreviewLink p where p.expiresAt <= :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
  }

  /** A link just made: its secret token and when it stops working. */
  public record Issued(String token, Instant expiresAt) {}
}
