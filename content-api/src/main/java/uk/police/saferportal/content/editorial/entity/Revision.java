package uk.police.saferportal.content.editorial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved version of a piece of content: who saved it, when, why, and a JSON snapshot of the
 * editable fields. Numbered from 1 per item; never changed once written.
 */
@Entity
@Table(name = "content_revision")
public class Revision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "content_id", nullable = false)
  private long contentId;

  @Column(nullable = false)
  private int number;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private String note;

  @Column(nullable = false)
  private String snapshot;

  protected Revision() {}

  public Revision(
      String contentType,
      long contentId,
      int number,
      Instant createdAt,
      String author,
      String note,
      String snapshot) {
    this.contentType = contentType;
    this.contentId = contentId;
    this.number = number;
    this.createdAt = createdAt;
    this.author = author;
    this.note = note;
    this.snapshot = snapshot;
  }

  public int number() {
    return number;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String author() {
    return author;
  }

  public String note() {
    return note;
  }

  public String snapshot() {
    return snapshot;
  }
}
