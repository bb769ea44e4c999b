package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.editorial.entity.Revision;

/**
 * Keeps a revision of every save of every content type, in the transaction of the save itself.
 * Content types name themselves ("advice") and give their own snapshot JSON.
 */
@ApplicationScoped
public class RevisionLog {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Revision record(
      String contentType, long contentId, String author, String note, String snapshot) {
    Integer last =
        em.createQuery(
                "select max(r.number) from Revision r where r.contentType = :type"
                    + " and r.contentId = :id",
                Integer.class)
            .setParameter("type", contentType)
            .setParameter("id", contentId)
            .getSingleResult();
    Revision revision =
        new Revision(
            contentType,
            contentId,
            last == null ? 1 : last + 1,
            clock.instant(),
            author,
            note,
            snapshot);
    em.persist(revision);
    return revision;
  }

  /** Newest first. */
  public List<Revision> history(String contentType, long contentId) {
    return em.createQuery(
            "select r from Revision r where r.contentType = :type and r.contentId = :id"
                + " order by r.number desc",
            Revision.class)
        .setParameter("type", contentType)
        .setParameter("id", contentId)
        .getResultList();
  }

  public Optional<Revision> find(String contentType, long contentId, int number) {
    return em.createQuery(
            "select r from Revision r where r.contentType = :type and r.contentId = :id"
                + " and r.number = :n",
            Revision.class)
        .setParameter("type", contentType)
        .setParameter("id", contentId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void forget(String contentType, long contentId) {
    em.createQuery("delete from Revision r where r.contentType = :type and r.contentId = :id")
        .setParameter("type", contentType)
        .setParameter("id", contentId)
        .executeUpdate();
  }
}
