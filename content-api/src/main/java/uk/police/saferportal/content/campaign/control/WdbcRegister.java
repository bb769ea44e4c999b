package uk.police.saferportal.content.campaign.control;

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
import uk.police.saferportal.content.campaign.entity.AccreditationStatus;
import uk.police.saferportal.content.campaign.entity.WdbcRetailer;
import uk.police.saferportal.content.campaign.entity.WdbcTown;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;

/**
 * The We Don't Buy Crime register: towns and parishes in the scheme and the retailers who have
 * pledged. Reads for everyone; each change by staff in one transaction with its audit entry, a
 * stale version refused.
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

  /** Retailers by area order, town, then name; optionally in one area or one town. */
  public List<WdbcRetailer> retailers(Optional<String> area, Optional<Long> town) {
    return em.createQuery(
            "select r from WdbcRetailer r where (:area is null or r.town.area.slug = :area)"
                + " and (:town is null or r.town.id = :town)"
                + " order by r.town.area.position, r.town.name, r.name",
            WdbcRetailer.class)
        .setParameter("area", area.orElse(null))
        .setParameter("town", town.orElse(null))
        .getResultList();
  }

  public WdbcTown town(long id) {
    return Optional.ofNullable(em.find(WdbcTown.class, id))
        .orElseThrow(() -> ProblemException.notFound("Town"));
  }

  public WdbcRetailer retailer(long id) {
    return Optional.ofNullable(em.find(WdbcRetailer.class, id))
        .orElseThrow(() -> ProblemException.notFound("Retailer"));
  }

  public WdbcTown addTown(
      String name, Area area, AccreditationStatus status, LocalDate accreditedOn, String who) {
    uniqueName(name, null);
    WdbcTown town = new WdbcTown(name, area, status, accreditedOn, who, clock.instant());
    em.persist(town);
    em.flush();
    audit.record(who, TOWN + ".create", TOWN, town.id().toString(), describe(town));
    return town;
  }

  public WdbcTown changeTown(
      long id,
      long expectedVersion,
      String name,
      Area area,
      AccreditationStatus status,
      LocalDate accreditedOn,
      String who) {
    WdbcTown town = town(id);
    fresh(town.version(), expectedVersion);
    uniqueName(name, id);
    String before = describe(town);
    town.change(name, area, status, accreditedOn, who, clock.instant());
    audit.record(
        who, TOWN + ".update", TOWN, town.id().toString(), before + " -> " + describe(town));
    return town;
  }

  public void removeTown(long id, Optional<Long> expectedVersion, String who) {
    WdbcTown town = town(id);
    expectedVersion.ifPresent(v -> fresh(town.version(), v));
    if (!retailers(Optional.empty(), Optional.of(id)).isEmpty()) {
      throw ProblemException.of(
          ProblemType.CONFLICT,
          "Retailers in " + town.name() + " are still listed. Remove or move them first.");
    }
    em.remove(town);
    audit.record(who, TOWN + ".delete", TOWN, town.id().toString(), describe(town));
  }

  public WdbcRetailer addRetailer(
      String name, long townId, String address, String website, String who) {
    WdbcRetailer retailer =
        new WdbcRetailer(name, town(townId), address, website, who, clock.instant());
    em.persist(retailer);
    em.flush();
    audit.record(who, RETAILER + ".create", RETAILER, retailer.id().toString(), describe(retailer));
    return retailer;
  }

  public WdbcRetailer changeRetailer(
      long id,
      long expectedVersion,
      String name,
      long townId,
      String address,
      String website,
      String who) {
    WdbcRetailer retailer = retailer(id);
    fresh(retailer.version(), expectedVersion);
    String before = describe(retailer);
    retailer.change(name, town(townId), address, website, who, clock.instant());
    audit.record(
        who,
        RETAILER + ".update",
        RETAILER,
        retailer.id().toString(),
        before + " -> " + describe(retailer));
    return retailer;
  }

  public void removeRetailer(long id, Optional<Long> expectedVersion, String who) {
    WdbcRetailer retailer = retailer(id);
    expectedVersion.ifPresent(v -> fresh(retailer.version(), v));
    em.remove(retailer);
    audit.record(who, RETAILER + ".delete", RETAILER, retailer.id().toString(), describe(retailer));
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
