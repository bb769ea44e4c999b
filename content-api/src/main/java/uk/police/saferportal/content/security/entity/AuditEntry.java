package uk.police.saferportal.content.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One staff action: who did what to which item, when. Written once, never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(name = "subject_type", nullable = false)
  private String subjectType;

  @Column(name = "subject_ref", nullable = false)
  private String subjectRef;

  @Column private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectRef,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectRef = subjectRef;
    this.detail = detail;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectRef() {
    return subjectRef;
  }

  public String detail() {
    return detail;
  }
}
