package uk.police.saferportal.content.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.platform.entity.Secrets;
import uk.police.saferportal.content.security.entity.SignInPolicy;
import uk.police.saferportal.content.security.entity.StaffAccount;
import uk.police.saferportal.content.security.entity.StaffPrincipal;
import uk.police.saferportal.content.security.entity.StaffToken;

/**
 * Exchanges a username and password for a bearer token, resolves tokens back to staff, and ends
 * sessions. Failed attempts are committed even though the call fails, so lock-out counts them.
 */
@ApplicationScoped
public class StaffSessions {
  private static final String WRONG_CREDENTIALS =
      "The username or password is not right. Check them and try again.";

  @PersistenceContext EntityManager em;
  @Inject StaffDirectory directory;
  @Inject Passwords passwords;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "saferportal.auth.token-ttl-minutes", defaultValue = "480")
  long tokenTtlMinutes;

  @Inject
  @ConfigProperty(name = "saferportal.auth.max-failed-logins", defaultValue = "5")
  int maxFailedSignIns;

  @Inject
  @ConfigProperty(name = "saferportal.auth.lock-minutes", defaultValue = "15")
  long lockMinutes;

  @Transactional(dontRollbackOn = ProblemException.class)
  public IssuedToken signIn(String username, String password) {
    Instant now = clock.instant();
    Optional<StaffAccount> found = directory.find(username);
    if (found.isEmpty() || !found.get().enabled()) {
      passwords.checkAgainstDecoy(password);
      throw ProblemException.of(ProblemType.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    StaffAccount account = found.get();
    if (account.isLockedAt(now)) {
      throw locked(account, now);
    }
    if (!passwords.matches(password, account.passwordHash())) {
      account.recordFailedSignIn(now, policy());
      audit.record(account.username(), "auth.sign-in-failed", "staff", account.username(), null);
      if (account.isLockedAt(now)) {
        audit.record(account.username(), "auth.locked", "staff", account.username(), null);
        throw locked(account, now);
      }
      throw ProblemException.of(ProblemType.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    account.recordSuccessfulSignIn();
    String token = Secrets.randomToken();
    Instant expiresAt = now.plus(policy().tokenLifetime());
    em.persist(new StaffToken(Secrets.sha256Hex(token), account, now, expiresAt));
    audit.record(account.username(), "auth.sign-in", "staff", account.username(), null);
    return new IssuedToken(token, expiresAt, StaffPrincipal.of(account));
  }

  public Optional<StaffPrincipal> resolve(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    StaffToken found = em.find(StaffToken.class, Secrets.sha256Hex(token));
    if (found == null || !found.isValidAt(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(StaffPrincipal.of(found.staff()));
  }

  @Transactional
  public void signOut(String token, String username) {
    StaffToken found = em.find(StaffToken.class, Secrets.sha256Hex(token));
    if (found != null) {
      em.remove(found);
      audit.record(username, "auth.sign-out", "staff", username, null);
    }
  }

  /** Removes expired tokens; called from sign-in traffic, so no scheduler is needed. */
  @Transactional
  public int purgeExpired() {
    return em.createQuery("delete from StaffToken t where t.expiresAt < :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
  }

  private SignInPolicy policy() {
    return new SignInPolicy(
        Duration.ofMinutes(tokenTtlMinutes), maxFailedSignIns, Duration.ofMinutes(lockMinutes));
  }

  private static ProblemException locked(StaffAccount account, Instant now) {
    long seconds =
        Math.max(1, Duration.between(now, account.lockedUntil().orElse(now)).toSeconds());
    long minutes = Math.max(1, (seconds + 59) / 60);
    return new ProblemException(
        Problem.of(
            ProblemType.ACCOUNT_LOCKED,
            "This account is locked after too many failed attempts. Try again in "
                + minutes
                + (minutes == 1 ? " minute." : " minutes.")),
        Map.of("Retry-After", Long.toString(seconds)));
  }
}
