package uk.police.saferportal.content.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member of staff who signs in to the back office. Created with a password hash and roles; each
 * wrong password counts towards a lock-out, which lifts by itself after the lock duration; a
 * correct password resets the count.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "failed_logins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected StaffAccount() {}

  public StaffAccount(
      String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username is required");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("a member of staff needs at least one role");
    }
    this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = Objects.requireNonNull(now);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a wrong password; the one that reaches the limit locks the account. */
  public void recordFailedSignIn(Instant now, SignInPolicy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failedSignIns = 0;
      lockedUntil = null;
    }
    failedSignIns++;
    if (failedSignIns >= policy.maxFailedSignIns()) {
      lockedUntil = now.plus(policy.lockDuration());
    }
  }

  public void recordSuccessfulSignIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean enabled() {
    return enabled;
  }

  public int failedSignIns() {
    return failedSignIns;
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }
}
