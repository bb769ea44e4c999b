package uk.police.saferportal.content.wdbc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;
import uk.police.saferportal.content.wdbc.entity.AccreditationStatus;
import uk.police.saferportal.content.wdbc.entity.WdbcRetailer;
import uk.police.saferportal.content.wdbc.entity.WdbcTown;

/**
 * The We Don't Buy Crime register: towns and parishes in the scheme and the retailers who have
 * pledged, each known by a slug made from its name when added. Reads for everyone; each change by
 * staff in one transaction with its audit entry (naming the slug), a stale version refused.
 */
@ApplicationScoped
@Transactional
public class WdbcRegister {
  static final String TOWN = "wdbc-town";
  static final String RETAILER = "wdbc-retailer";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Towns by area order, then name; optionally in one area only. */
  public List<WdbcTown> towns(Optional<String> area) {
    return em.createQuery(
            "select t from WdbcTown t where (:area is null or t.area.slug = :area)"
                + " order by t.area.position, t.name",
            WdbcTown.class)
        .setParameter("area", area.orElse(null))
        .getResultList();
  }

  /** Retailers by area order, town, then name; optionally in one area or one town (by slug). */
  public List<WdbcRetailer> retailers(Optional<String> area, Optional<String> town) {
    return em.createQuery(
            "select r from WdbcRetailer r where (:area is null or r.town.area.slug = :area)"
                + " and (:town is null or r.town.slug = :town)"
                + " order by r.town.area.position, r.town.name, r.name",
            WdbcRetailer.class)
        .setParameter("area", area.orElse(null))
        .setParameter("town", town.orElse(null))
        .getResultList();
  }

  public Optional<WdbcTown> findTown(String slug) {
    return bySlug(WdbcTown.class, slug);
  }

  public WdbcTown town(String slug) {
    return findTown(slug).orElseThrow(() -> ProblemException.notFound("Town"));
  }

  public WdbcRetailer retailer(String slug) {
    return bySlug(WdbcRetailer.class, slug)
        .orElseThrow(() -> ProblemException.notFound("Retailer"));
  }

  public WdbcTown addTown(
      String name, Area area, AccreditationStatus status, LocalDate accreditedOn, String who) {
    uniqueName(name, null);
    Slug slug = freeSlug(WdbcTown.class, Slug.fromTitle(name));
    WdbcTown town = new WdbcTown(slug, name, area, status, accreditedOn, who, clock.instant());
    em.persist(town);
    audit.record(who, TOWN + ".create", TOWN, town.slug(), describe(town));
    return town;
  }

  public WdbcTown changeTown(
      String slug,
      long expectedVersion,
      String name,
      Area area,
      AccreditationStatus status,
      LocalDate accreditedOn,
      String who) {
    WdbcTown town = town(slug);
    fresh(town.version(), expectedVersion);
    uniqueName(name, town.id());
    String before = describe(town);
    town.change(name, area, status, accreditedOn, who, clock.instant());
    audit.record(who, TOWN + ".update", TOWN, town.slug(), before + " -> " + describe(town));
    return town;
  }

  public void removeTown(String slug, Optional<Long> expectedVersion, String who) {
    WdbcTown town = town(slug);
    expectedVersion.ifPresent(v -> fresh(town.version(), v));
    if (!retailers(Optional.empty(), Optional.of(slug)).isEmpty()) {
      throw ProblemException.of(
          ProblemType.CONFLICT,
          "Retailers in " + town.name() + " are still listed. Remove or move them first.");
    }
    em.remove(town);
    audit.record(who, TOWN + ".delete", TOWN, town.slug(), describe(town));
  }

  /** Adds a retailer to a town; its slug is made from its name and the town's. */
  public WdbcRetailer addRetailer(
      String name, WdbcTown town, String address, String website, String who) {
    Slug slug = freeSlug(WdbcRetailer.class, Slug.fromTitle(name + " " + town.name()));
    WdbcRetailer retailer =
        new WdbcRetailer(slug, name, town, address, website, who, clock.instant());
    em.persist(retailer);
    audit.record(who, RETAILER + ".create", RETAILER, retailer.slug(), describe(retailer));
    return retailer;
  }

  public WdbcRetailer changeRetailer(
      String slug,
      long expectedVersion,
      String name,
      WdbcTown town,
      String address,
      String website,
      String who) {
    WdbcRetailer retailer = retailer(slug);
    fresh(retailer.version(), expectedVersion);
    String before = describe(retailer);
    retailer.change(name, town, address, website, who, clock.instant());
    audit.record(
        who, RETAILER + ".update", RETAILER, retailer.slug(), before + " -> " + describe(retailer));
    return retailer;
  }

  public void removeRetailer(String slug, Optional<Long> expectedVersion, String who) {
    WdbcRetailer retailer = retailer(slug);
    expectedVersion.ifPresent(v -> fresh(retailer.version(), v));
    em.remove(retailer);
    audit.record(who, RETAILER + ".delete", RETAILER, retailer.slug(), describe(retailer));
  }

  private void uniqueName(String name, Long except) {
    long same =
        em.createQuery(
                "select count(t) from WdbcTown t where lower(t.name) = lower(:name)"
                    + " and (:except is null or t.id <> :except)",
                Long.class)
            .setParameter("name", name)
            .setParameter("except", except)
            .getSingleResult();
    if (same > 0) {
      throw new ProblemException(
          Problem.withErrors(
              ProblemType.CONFLICT,
              name + " is already listed.",
              List.of(new Problem.FieldError("name", name + " is already listed"))));
    }
  }

  private <T> Optional<T> bySlug(Class<T> type, String slug) {
    return em.createQuery("select x from " + type.getSimpleName() + " x where x.slug = :slug", type)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  private Slug freeSlug(Class<?> type, Slug base) {
    Slug candidate = base;
    for (int n = 2; bySlug(type, candidate.value()).isPresent(); n++) {
      candidate = base.withSuffix(n);
    }
    return candidate;
  }

  private static void fresh(long actual, long expected) {
    if (actual != expected) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "Someone else changed this since you opened it. Reload it to see their changes, then"
              + " make yours again.");
    }
  }

  private static String describe(WdbcTown town) {
    return town.name()
        + " ("
        + town.area().slug()
        + ", "
        + town.status().apiName()
        + town.accreditedOn().map(d -> " " + d).orElse("")
        + ")";
  }

  private static String describe(WdbcRetailer retailer) {
    return retailer.name() + " (" + retailer.town().name() + ")";
  }
}
