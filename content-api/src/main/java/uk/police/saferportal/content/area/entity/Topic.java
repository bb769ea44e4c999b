package uk.police.saferportal.content.area.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** An advice topic (burglary, fraud and scams, ...). Reference data created by migration. */
@Entity
@Table(name = "topic")
@Cacheable
public class Topic {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "prevention_tier")
  private PreventionTier preventionTier;

  @Column(nullable = false)
  private int position;

  /** Pages on this topic get the quick-exit control (e.g. domestic abuse). */
  @Column(name = "is_sensitive", nullable = false) // SENSITIVE is a reserved word in MariaDB
  private boolean sensitive;

  protected Topic() {}

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Optional<PreventionTier> preventionTier() {
    return Optional.ofNullable(preventionTier);
  }

  public boolean sensitive() {
    return sensitive;
  }

  public int position() {
    return position;
  }
}
