package uk.police.saferportal.content.area.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Postcode;
import uk.police.saferportal.content.area.entity.PostcodeDistricts;
import uk.police.saferportal.content.area.entity.Topic;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/** Reads areas, topics and the postcode table. Reference data changes only by migration. */
@ApplicationScoped
public class AreaDirectory {

  @PersistenceContext EntityManager em;

  private volatile PostcodeDistricts districts;

  public List<Area> areas() {
    return em.createQuery("select a from Area a order by a.position", Area.class).getResultList();
  }

  public List<Topic> topics() {
    return em.createQuery("select t from Topic t order by t.position", Topic.class).getResultList();
  }

  public Optional<Area> area(String slug) {
    return em.createQuery("select a from Area a where a.slug = :slug", Area.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Optional<Topic> topic(String slug) {
    return em.createQuery("select t from Topic t where t.slug = :slug", Topic.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The topics named by slug; an unknown one is a validation error on {@code field[i]}. */
  public Set<Topic> topics(List<String> slugs, String field) {
    return resolve(slugs, field, "topic", this::topic);
  }

  /** The areas named by slug; an unknown one is a validation error on {@code field[i]}. */
  public Set<Area> areas(List<String> slugs, String field) {
    return resolve(slugs, field, "area", this::area);
  }

  private static <T> Set<T> resolve(
      List<String> slugs, String field, String kind, Function<String, Optional<T>> finder) {
    Set<T> found = new LinkedHashSet<>();
    List<Problem.FieldError> errors = new ArrayList<>();
    List<String> given = slugs == null ? List.of() : slugs;
    for (int i = 0; i < given.size(); i++) {
      String slug = given.get(i);
      Optional<T> match = slug == null ? Optional.empty() : finder.apply(slug);
      if (match.isPresent()) {
        found.add(match.get());
      } else {
        errors.add(
            new Problem.FieldError(
                field + "[" + i + "]", "There is no " + kind + " '" + slug + "'"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          Problem.withErrors(
              ProblemType.VALIDATION, "Choose " + kind + "s from the list.", errors));
    }
    return found;
  }

  /** The area policing the postcode; empty when it lies outside the force. */
  public Optional<Area> lookup(Postcode postcode) {
    return postcodeDistricts().areaOf(postcode).flatMap(this::area);
  }

  private PostcodeDistricts postcodeDistricts() {
    PostcodeDistricts loaded = districts;
    if (loaded == null) {
      Map<String, Optional<String>> table = new HashMap<>();
      List<Object[]> rows =
          em.createNativeQuery(
                  "select d.prefix, a.slug from postcode_district d"
                      + " left join area a on a.id = d.area_id")
              .getResultList();
      for (Object[] row : rows) {
        table.put((String) row[0], Optional.ofNullable((String) row[1]));
      }
      loaded = new PostcodeDistricts(table);
      districts = loaded;
    }
    return loaded;
  }
}
