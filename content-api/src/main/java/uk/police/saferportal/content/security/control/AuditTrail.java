package uk.police.saferportal.content.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.security.entity.AuditEntry;

/**
 * Records staff actions in the audit log, inside the transaction of the action itself: an action
 * that rolls back leaves no entry, and an entry never exists without its action.
 */
@ApplicationScoped
public class AuditTrail {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String actor, String action, String subjectType, String subjectRef, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, subjectType, subjectRef, detail));
  }

  /** The newest entries first, optionally only those about one subject type and reference. */
  public Page<AuditEntry> search(
      Optional<String> subjectType, Optional<String> subjectRef, PageRequest page) {
    String where =
        " where (:type is null or e.subjectType = :type) and (:ref is null or e.subjectRef = :ref)";
    long total =
        em.createQuery("select count(e) from AuditEntry e" + where, Long.class)
            .setParameter("type", subjectType.orElse(null))
            .setParameter("ref", subjectRef.orElse(null))
            .getSingleResult();
    List<AuditEntry> items =
        em.createQuery(
                "select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class)
            .setParameter("type", subjectType.orElse(null))
            .setParameter("ref", subjectRef.orElse(null))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, total);
  }
}
