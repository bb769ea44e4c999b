package uk.police.saferportal.content.editorial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A time-limited link that shows one item, in whatever state, as the public page will render it.
 * Only the member of staff who made it can open it, and only until it expires. The link's secret is
 * never stored: only its SHA-256.
 */
@Entity
@Table(name = "preview_link")
public class PreviewLink {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "content_id", nullable = false, updatable = false)
  private long contentId;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected PreviewLink() {}

  public PreviewLink(
      String tokenHash, long contentId, String createdBy, Instant createdAt, Instant expiresAt) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.contentId = contentId;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  /** Whether the link has run out at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Whether {@code who} may open it: only its maker. */
  public boolean belongsTo(String who) {
    return createdBy.equals(who);
  }

  public long contentId() {
    return contentId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
