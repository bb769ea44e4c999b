package uk.police.saferportal.content.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
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

  public List<AuditEntry> forSubject(String subjectType, String subjectRef) {
    return em.createQuery(
            "select e from AuditEntry e where e.subjectType = :type and e.subjectRef = :ref"
                + " order by e.occurredAt, e.id",
            AuditEntry.class)
        .setParameter("type", subjectType)
        .setParameter("ref", subjectRef)
        .getResultList();
  }
}
