package uk.police.saferportal.content.wdbc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import uk.police.saferportal.content.editorial.entity.Slug;

/**
 * A retailer that has pledged, under We Don't Buy Crime, not to buy goods that may be stolen: a
 * business in one of the scheme's towns. Its area is its town's.
 */
@Entity
@Table(name = "wdbc_retailer")
public class WdbcRetailer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The public identifier, made from the name when added; it never changes. */
  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String name;

  @ManyToOne(optional = false)
  @JoinColumn(name = "town_id")
  private WdbcTown town;

  @Column private String address;

  @Column private String website;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected WdbcRetailer() {}

  public WdbcRetailer(
      Slug slug,
      String name,
      WdbcTown town,
      String address,
      String website,
      String who,
      Instant now) {
    this.slug = slug.value();
    change(name, town, address, website, who, now);
  }

  public final void change(
      String name, WdbcTown town, String address, String website, String who, Instant now) {
    this.name = Objects.requireNonNull(name);
    this.town = Objects.requireNonNull(town);
    this.address = address;
    this.website = website;
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

  public WdbcTown town() {
    return town;
  }

  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  public Optional<String> website() {
    return Optional.ofNullable(website);
  }

  public long version() {
    return version;
  }
}
