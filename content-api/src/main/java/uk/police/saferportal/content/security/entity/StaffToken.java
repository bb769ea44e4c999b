package uk.police.saferportal.content.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bearer token issued at sign-in. Only its SHA-256 is stored; it expires at a fixed time and is
 * deleted at sign-out.
 */
@Entity
@Table(name = "staff_token")
public class StaffToken {
  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "staff_id")
  private StaffAccount staff;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected StaffToken() {}

  public StaffToken(String tokenHash, StaffAccount staff, Instant issuedAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.staff = staff;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt) && staff.enabled();
  }

  public StaffAccount staff() {
    return staff;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
