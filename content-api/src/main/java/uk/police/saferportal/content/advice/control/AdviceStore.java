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

  /**
   * Ids of the articles matching every word (as a word or its beginning), best match first, from
   * the full-text index; empty Optional when no word is long enough for the index (3 letters), so
   * the caller falls back to a substring search.
   */
  private Optional<List<Long>> rankedMatches(String text) {
    List<String> words = FullTextQuery.words(text);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "select id from advice where match(title, summary, body) against (?1 in boolean"
                    + " mode) order by match(title, summary, body) against (?2 in natural language"
                    + " mode) desc, id limit "
                    + FullTextQuery.MAX_MATCHES)
            .setParameter(1, FullTextQuery.booleanQuery(words))
            .setParameter(2, String.join(" ", words))
            .getResultList();
    return Optional.of(rows.stream().map(row -> ((Number) row).longValue()).toList());
  }

  private Page<Advice> byRelevance(
      String where, Map<String, Object> parameters, List<Long> ranked, AdviceQuery query) {
    TypedQuery<Long> filtered = em.createQuery("select a.id from Advice a" + where, Long.class);
    parameters.forEach(filtered::setParameter);
    java.util.Set<Long> allowed = new java.util.HashSet<>(filtered.getResultList());
    List<Long> ordered = ranked.stream().filter(allowed::contains).toList();
    int from = Math.min(ordered.size(), query.page().offset());
    int to = Math.min(ordered.size(), from + query.page().size());
    List<Long> pageIds = ordered.subList(from, to);
    if (pageIds.isEmpty()) {
      return Page.of(List.of(), query.page(), ordered.size());
    }
    Map<Long, Advice> loaded = new HashMap<>();
    em.createQuery("select a from Advice a where a.id in :ids", Advice.class)
        .setParameter("ids", pageIds)
        .getResultList()
        .forEach(a -> loaded.put(a.id(), a));
    return Page.of(pageIds.stream().map(loaded::get).toList(), query.page(), ordered.size());
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
