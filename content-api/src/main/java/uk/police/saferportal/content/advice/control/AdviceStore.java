package uk.police.saferportal.content.advice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.advice.entity.AdviceQuery;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.entity.Page;

/**
 * Finds advice. An area filter also matches force-wide advice (no areas), because that applies
 * everywhere; text search looks in the title, summary and body.
 */
@ApplicationScoped
public class AdviceStore {
  @PersistenceContext EntityManager em;

  public Optional<Advice> find(String slug) {
    return em.createQuery("select a from Advice a where a.slug = :slug", Advice.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public boolean exists(String slug) {
    return em.createQuery("select count(a) from Advice a where a.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  public Page<Advice> search(AdviceQuery query) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    query
        .state()
        .ifPresent(
            state -> {
              where.append(" and a.editorial.state = :state");
              parameters.put("state", state);
            });
    query
        .topic()
        .ifPresent(
            topic -> {
              where
                  .append(" and exists (select t from Advice x join x.topics t")
                  .append(" where x = a and t.slug = :topic)");
              parameters.put("topic", topic);
            });
    query
        .area()
        .ifPresent(
            area -> {
              where
                  .append(" and (a.areas is empty or exists (select r from Advice y")
                  .append(" join y.areas r where y = a and r.slug = :area))");
              parameters.put("area", area);
            });
    query
        .text()
        .ifPresent(
            text -> {
              where
                  .append(" and (a.title like :text escape '\\' or a.summary like :text")
                  .append(" escape '\\' or a.body like :text escape '\\')");
              parameters.put("text", "%" + escapeLike(text) + "%");
            });

    TypedQuery<Long> count = em.createQuery("select count(a) from Advice a" + where, Long.class);
    TypedQuery<Advice> items =
        em.createQuery(
            "select a from Advice a" + where + " order by " + orderBy(query), Advice.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    long total = count.getSingleResult();
    var list =
        items
            .setFirstResult(query.page().offset())
            .setMaxResults(query.page().size())
            .getResultList();
    return Page.of(list, query.page(), total);
  }

  /** Scheduled articles whose publication time has come. */
  public List<Long> dueForPublication(Instant now) {
    return em.createQuery(
            "select a.id from Advice a where a.editorial.state = :scheduled"
                + " and a.editorial.publishAt <= :now",
            Long.class)
        .setParameter("scheduled", EditorialState.SCHEDULED)
        .setParameter("now", now)
        .getResultList();
  }

  /** Published articles whose end time has come. */
  public List<Long> endedBy(Instant now) {
    return em.createQuery(
            "select a.id from Advice a where a.editorial.state = :published"
                + " and a.editorial.unpublishAt <= :now",
            Long.class)
        .setParameter("published", EditorialState.PUBLISHED)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * Publishes one scheduled article if it is still scheduled and due. A conditional update, so of
   * several instances trying at once exactly one succeeds (answers true).
   */
  public boolean publishIfDue(long id, Instant now, String who) {
    return em.createQuery(
                "update Advice a set a.editorial.state = :published,"
                    + " a.editorial.publishedAt = :now, a.editorial.publishAt = null,"
                    + " a.updatedAt = :now, a.updatedBy = :who, a.version = a.version + 1"
                    + " where a.id = :id and a.editorial.state = :scheduled"
                    + " and a.editorial.publishAt <= :now")
            .setParameter("published", EditorialState.PUBLISHED)
            .setParameter("scheduled", EditorialState.SCHEDULED)
            .setParameter("now", now)
            .setParameter("who", who)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  /** Archives one published article whose end time has come; exactly one caller succeeds. */
  public boolean archiveIfEnded(long id, Instant now, String who) {
    return em.createQuery(
                "update Advice a set a.editorial.state = :archived,"
                    + " a.editorial.unpublishAt = null,"
                    + " a.updatedAt = :now, a.updatedBy = :who, a.version = a.version + 1"
                    + " where a.id = :id and a.editorial.state = :published"
                    + " and a.editorial.unpublishAt <= :now")
            .setParameter("archived", EditorialState.ARCHIVED)
            .setParameter("published", EditorialState.PUBLISHED)
            .setParameter("now", now)
            .setParameter("who", who)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  public Optional<Advice> byId(long id) {
    return Optional.ofNullable(em.find(Advice.class, id));
  }

  /** Writes pending changes now, so a new article has its id before its first revision. */
  public void flush() {
    em.flush();
  }

  public void add(Advice advice) {
    em.persist(advice);
  }

  public void remove(Advice advice) {
    em.remove(advice);
  }

  private static String orderBy(AdviceQuery query) {
    String direction = query.sort().descending() ? " desc" : " asc";
    String column =
        switch (query.sort().field()) {
          case "title" -> "a.title";
          case "updated" -> "a.updatedAt";
          default -> "a.editorial.publishedAt";
        };
    return column + direction + ", a.id" + direction;
  }

  static String escapeLike(String text) {
    return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
