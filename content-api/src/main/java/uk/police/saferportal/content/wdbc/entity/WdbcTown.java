package uk.police.saferportal.content.wdbc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.editorial.entity.Slug;

/**
 * A town or parish in the We Don't Buy Crime scheme: its policing area, whether it is accredited
 * and since when. An accredited town always has its accreditation date; one working towards it
 * never does.
 */
@Entity
@Table(name = "wdbc_town")
public class WdbcTown {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The public identifier, made from the name when added; it never changes. */
  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String name;

  @ManyToOne(optional = false)
  @JoinColumn(name = "area_id")
  private Area area;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccreditationStatus status;

  @Column(name = "accredited_on")
  private LocalDate accreditedOn;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected WdbcTown() {}

  public WdbcTown(
      Slug slug,
      String name,
      Area area,
      AccreditationStatus status,
      LocalDate accreditedOn,
      String who,
      Instant now) {
    this.slug = slug.value();
    change(name, area, status, accreditedOn, who, now);
  }

  public final void change(
      String name,
      Area area,
      AccreditationStatus status,
      LocalDate accreditedOn,
      String who,
      Instant now) {
    if ((status == AccreditationStatus.ACCREDITED) != (accreditedOn != null)) {
      throw new IllegalArgumentException("an accredited town has a date; no other town does");
    }
    this.name = Objects.requireNonNull(name);
    this.area = Objects.requireNonNull(area);
    this.status = Objects.requireNonNull(status);
    this.accreditedOn = accreditedOn;
    this.updatedAt = now;
    this.updatedBy = who;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public Area area() {
    return area;
  }

  public AccreditationStatus status() {
    return status;
  }

  public Optional<LocalDate> accreditedOn() {
    return Optional.ofNullable(accreditedOn);
  }

  public long version() {
    return version;
  }
}
