package uk.police.saferportal.content.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An API token for a machine client. An administrator creates it with a name, a scope and perhaps
 * an expiry; the secret is shown once and only its hash is kept. It works until it expires or is
 * revoked; revoking is final. Its last use is recorded, at most once a minute.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
  /** How often a token's last use is written down; reads in between write nothing. */
  public static final Duration USAGE_RECORD_INTERVAL = Duration.ofMinutes(1);

  public static final int NAME_MAX_LENGTH = 80;

  /** Where a token is in its life. */
  public enum Status {
    ACTIVE,
    EXPIRED,
    REVOKED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TokenScope scope;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(name = "secret_prefix", nullable = false)
  private String secretPrefix;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Version private long version;

  protected ApiToken() {}

  public ApiToken(
      String name,
      TokenScope scope,
      ApiTokenSecret secret,
      String createdBy,
      Instant now,
      Instant expiresAt) {
    if (name == null || name.isBlank() || name.trim().length() > NAME_MAX_LENGTH) {
      throw new IllegalArgumentException("a token needs a name of up to 80 characters");
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new IllegalArgumentException("a token cannot expire before it is created");
    }
    this.id = UUID.randomUUID().toString();
    this.name = name.trim();
    this.scope = Objects.requireNonNull(scope);
    this.secretHash = secret.hash();
    this.secretPrefix = secret.visiblePrefix();
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(now);
    this.expiresAt = expiresAt;
  }

  public Status statusAt(Instant now) {
    if (revokedAt != null) {
      return Status.REVOKED;
    }
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return Status.EXPIRED;
    }
    return Status.ACTIVE;
  }

  public boolean isUsableAt(Instant now) {
    return statusAt(now) == Status.ACTIVE;
  }

  /** Revokes the token at once; answers false if it was revoked already (the first one stands). */
  public boolean revoke(String by, Instant now) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = Objects.requireNonNull(now);
    revokedBy = Objects.requireNonNull(by);
    return true;
  }

  /** Whether a use at {@code now} should be written down, or the last record is recent enough. */
  public boolean usageWorthRecordingAt(Instant now) {
    return usageWorthRecording(lastUsedAt, now);
  }

  static boolean usageWorthRecording(Instant lastUsedAt, Instant now) {
    return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USAGE_RECORD_INTERVAL));
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public TokenScope scope() {
    return scope;
  }

  public String secretPrefix() {
    return secretPrefix;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public long version() {
    return version;
  }
}
