package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentQuery;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.control.LikePattern;
import uk.police.saferportal.content.platform.entity.Page;

/**
 * Finds content of every type. An area filter also matches force-wide items (no areas), because
 * they apply everywhere. Text search uses the full-text index over title, summary and body, ranked
 * by relevance unless another order is asked for; text too short for the index (words under three
 * letters) falls back to a substring search.
 */
@ApplicationScoped
public class ContentStore {
  @PersistenceContext EntityManager em;
  @Inject ContentTypes types;

  public <T extends ContentItem> Optional<T> find(Class<T> type, String slug) {
    return em.createQuery("select c from " + entity(type) + " c where c.slug = :slug", type)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public boolean exists(Class<? extends ContentItem> type, String slug) {
    return em.createQuery(
                "select count(c) from " + entity(type) + " c where c.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  public long count(Class<? extends ContentItem> type) {
    return em.createQuery("select count(c) from " + entity(type) + " c", Long.class)
        .getSingleResult();
  }

  /**
   * The items, of any type and state, whose content holds {@code text}: in the body, in the type's
   * own fields that may hold a media address ({@link ContentType#mediaAttributes()}), or in a
   * published item's unpublished changes. By title, then slug.
   */
  public List<ContentItem> containing(String text) {
    StringBuilder jpql =
        new StringBuilder("select c from ContentItem c where c.body like :text escape '\\'")
            .append(" or c.workingDraft.content like :text escape '\\'");
    for (ContentType type : types.all()) {
      for (String attribute : type.mediaAttributes()) {
        jpql.append(" or c.id in (select x.id from ")
            .append(entity(type.entity()))
            .append(" x where x.")
            .append(attribute)
            .append(" like :text escape '\\')");
      }
    }
    return em.createQuery(jpql.append(" order by c.title, c.slug").toString(), ContentItem.class)
        .setParameter("text", LikePattern.containing(text))
        .getResultList();
  }

  public Optional<ContentItem> byId(long id) {
    return Optional.ofNullable(em.find(ContentItem.class, id));
  }

  public Page<ContentItem> search(ContentQuery query) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    query
        .type()
        .ifPresent(
            type -> {
              where.append(" and c.type = :type");
              parameters.put("type", type);
            });
    query
        .state()
        .ifPresent(
            state -> {
              if (state == EditorialState.IN_REVIEW) {
                // published items whose changes wait for review are in review too
                where.append(
                    " and (c.editorial.state = :state or c.workingDraft.submittedAt is not null)");
              } else {
                where.append(" and c.editorial.state = :state");
              }
              parameters.put("state", state);
            });
    query
        .topic()
        .ifPresent(
            topic -> {
              where
                  .append(" and exists (select t from ContentItem x join x.topics t")
                  .append(" where x = c and t.slug = :topic)");
              parameters.put("topic", topic);
            });
    query
        .area()
        .ifPresent(
            area -> {
              where
                  .append(" and (c.areas is empty or exists (select r from ContentItem y")
                  .append(" join y.areas r where y = c and r.slug = :area))");
              parameters.put("area", area);
            });
    query
        .author()
        .ifPresent(
            author -> {
              where.append(" and c.createdBy = :author");
              parameters.put("author", author);
            });
    List<String> words = FullTextQuery.words(query.text().orElse(null));
    if (!words.isEmpty() && query.byRelevance()) {
      return byRelevance(where.toString(), parameters, rankedMatches(words), query);
    }
    if (!words.isEmpty()) {
      // sorted otherwise than by relevance: the full-text index is one more filter of the same
      // query, so the count and the page are exact however many items match
      where.append(
          " and SQL('match(?, ?, ?) against (? in boolean mode)', c.title, c.summary, c.body,"
              + " :words) > 0");
      parameters.put("words", FullTextQuery.booleanQuery(words));
    } else {
      query
          .text()
          .ifPresent(
              text -> {
                where
                    .append(" and (c.title like :text escape '\\' or c.summary like :text")
                    .append(" escape '\\' or c.body like :text escape '\\')");
                parameters.put("text", LikePattern.containing(text));
              });
    }

    // the page's ids and the number of all matches in one pass: filtered and sorted on the
    // indexes alone, without reading any row, and counted by a window over the same matches
    TypedQuery<Object[]> ids =
        em.createQuery(
            "select c.id, SQL('count(*) over ()') from ContentItem c"
                + where
                + " order by "
                + orderBy(query),
            Object[].class);
    parameters.forEach(ids::setParameter);
    List<Object[]> rows =
        ids.setFirstResult(query.page().offset())
            .setMaxResults(query.page().size())
            .getResultList();
    if (rows.isEmpty()) {
      // past the last page (or nothing matches): the window saw no row, so count apart
      TypedQuery<Long> count =
          em.createQuery("select count(c) from ContentItem c" + where, Long.class);
      parameters.forEach(count::setParameter);
      return Page.of(
          List.of(), query.page(), query.page().offset() == 0 ? 0 : count.getSingleResult());
    }
    long total = ((Number) rows.get(0)[1]).longValue();
    List<Long> pageIds = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    return Page.of(load(pageIds), query.page(), total);
  }

  /**
   * The items with these ids, in this order: their rows by primary key, and their topics and areas
   * in one query each (EclipseLink's batch reading, {@code IN} the ids) rather than one per item.
   */
  private List<ContentItem> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, ContentItem> loaded = new HashMap<>();
    em.createQuery("select c from ContentItem c where c.id in :ids", ContentItem.class)
        .setParameter("ids", ids)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.topics")
        .setHint("eclipselink.batch", "c.areas")
        .getResultList()
        .forEach(c -> loaded.put(c.id(), c));
    return ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
  }

  /** Scheduled items, of any type, whose publication time has come. */
  public List<Long> dueForPublication(Instant now) {
    return em.createQuery(
            "select c.id from ContentItem c where c.editorial.state = :scheduled"
                + " and c.editorial.publishAt <= :now",
            Long.class)
        .setParameter("scheduled", EditorialState.SCHEDULED)
        .setParameter("now", now)
        .getResultList();
  }

  /** Published items, of any type, whose end time has come. */
  public List<Long> endedBy(Instant now) {
    return em.createQuery(
            "select c.id from ContentItem c where c.editorial.state = :published"
                + " and c.editorial.unpublishAt <= :now",
            Long.class)
        .setParameter("published", EditorialState.PUBLISHED)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * Publishes one scheduled item if it is still scheduled and due. A conditional update, so of
   * several instances trying at once exactly one succeeds (answers true).
   */
  public boolean publishIfDue(long id, Instant now, String who) {
    return em.createQuery(
                "update ContentItem c set c.editorial.state = :published,"
                    + " c.editorial.publishedAt = :now, c.editorial.publishAt = null,"
                    + " c.updatedAt = :now, c.updatedBy = :who, c.version = c.version + 1"
                    + " where c.id = :id and c.editorial.state = :scheduled"
                    + " and c.editorial.publishAt <= :now")
            .setParameter("published", EditorialState.PUBLISHED)
            .setParameter("scheduled", EditorialState.SCHEDULED)
            .setParameter("now", now)
            .setParameter("who", who)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  /** Archives one published item whose end time has come; exactly one caller succeeds. */
  public boolean archiveIfEnded(long id, Instant now, String who) {
    return em.createQuery(
                "update ContentItem c set c.editorial.state = :archived,"
                    + " c.editorial.unpublishAt = null,"
                    + " c.updatedAt = :now, c.updatedBy = :who, c.version = c.version + 1"
                    + " where c.id = :id and c.editorial.state = :published"
                    + " and c.editorial.unpublishAt <= :now")
            .setParameter("archived", EditorialState.ARCHIVED)
            .setParameter("published", EditorialState.PUBLISHED)
            .setParameter("now", now)
            .setParameter("who", who)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  /** Writes pending changes now, so a new item has its id before its first revision. */
  public void flush() {
    em.flush();
  }

  public void add(ContentItem item) {
    em.persist(item);
  }

  public void remove(ContentItem item) {
    em.remove(item);
  }

  /**
   * Ids of the items matching every word (as a word or its beginning), best match first, at most
   * {@link FullTextQuery#MAX_MATCHES}, from the full-text index. The caller has at least one word
   * long enough for the index (3 letters); with none, it falls back to a substring search.
   */
  private List<Long> rankedMatches(List<String> words) {
    List<?> rows =
        em.createNativeQuery(
                "select id from content where match(title, summary, body) against (?1 in boolean"
                    + " mode) order by match(title, summary, body) against (?1 in boolean mode)"
                    + " desc, match(title, summary, body) against (?2 in natural language mode)"
                    + " desc, id desc limit "
                    + FullTextQuery.MAX_MATCHES)
            .setParameter(1, FullTextQuery.booleanQuery(words))
            .setParameter(2, String.join(" ", words))
            .getResultList();
    return rows.stream().map(row -> ((Number) row).longValue()).toList();
  }

  private Page<ContentItem> byRelevance(
      String where, Map<String, Object> parameters, List<Long> ranked, ContentQuery query) {
    if (ranked.isEmpty()) {
      return Page.of(List.of(), query.page(), 0);
    }
    // only the ranked matches (at most FullTextQuery.MAX_MATCHES) pass through the filters
    TypedQuery<Long> filtered =
        em.createQuery(
            "select c.id from ContentItem c" + where + " and c.id in :ranked", Long.class);
    parameters.forEach(filtered::setParameter);
    filtered.setParameter("ranked", ranked);
    Set<Long> allowed = new HashSet<>(filtered.getResultList());
    List<Long> ordered = ranked.stream().filter(allowed::contains).toList();
    int from = Math.min(ordered.size(), query.page().offset());
    int to = Math.min(ordered.size(), from + query.page().size());
    List<Long> pageIds = ordered.subList(from, to);
    if (pageIds.isEmpty()) {
      return Page.of(List.of(), query.page(), ordered.size());
    }
    return Page.of(load(pageIds), query.page(), ordered.size());
  }

  private static String entity(Class<? extends ContentItem> type) {
    return type.getSimpleName();
  }

  private static String orderBy(ContentQuery query) {
    String direction = query.sort().descending() ? " desc" : " asc";
    String column =
        switch (query.sort().field()) {
          case "title" -> "c.title";
          case "updated" -> "c.updatedAt";
          default -> "c.editorial.publishedAt";
        };
    return column + direction + ", c.id" + direction;
  }
}
