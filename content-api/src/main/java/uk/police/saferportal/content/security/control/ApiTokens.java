package uk.police.saferportal.content.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.entity.ApiToken;
import uk.police.saferportal.content.security.entity.ApiTokenPrincipal;
import uk.police.saferportal.content.security.entity.ApiTokenSecret;
import uk.police.saferportal.content.security.entity.TokenScope;

/**
 * Creates, lists and revokes API tokens, and resolves a presented secret to its token. Creation and
 * revocation are audited in their own transaction; the secret is never logged or audited.
 */
@ApplicationScoped
public class ApiTokens {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional
  public IssuedApiToken create(
      String name, TokenScope scope, Optional<Instant> expiresAt, String createdBy) {
    Instant now = clock.instant();
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
      throw ProblemException.invalidField("expiresAt", "The expiry must be in the future");
    }
    if (activeNamed(name.trim()).isPresent()) {
      throw nameTaken(name);
    }
    ApiTokenSecret secret = ApiTokenSecret.generate();
    ApiToken token = new ApiToken(name, scope, secret, createdBy, now, expiresAt.orElse(null));
    try {
      em.persist(token);
      em.flush();
    } catch (PersistenceException e) {
      // Another administrator took the name a moment ago: the unique index of active names.
      throw nameTaken(name);
    }
    audit.record(createdBy, "token.create", "token", token.name(), describe(token));
    return new IssuedApiToken(token, secret);
  }

  /** Every token, newest first, revoked ones included (for the record). */
  public Page<ApiToken> list(PageRequest page) {
    long total = em.createQuery("select count(t) from ApiToken t", Long.class).getSingleResult();
    List<ApiToken> items =
        em.createQuery("select t from ApiToken t order by t.createdAt desc, t.id", ApiToken.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, total);
  }

  public Optional<ApiToken> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(ApiToken.class, id));
  }

  /** Revokes a token at once; revoking one already revoked changes nothing and is not audited. */
  @Transactional
  public ApiToken revoke(String id, Optional<Long> expectedVersion, String by) {
    ApiToken token = find(id).orElseThrow(() -> ProblemException.notFound("API token"));
    if (expectedVersion.isPresent() && expectedVersion.get() != token.version()) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "Someone else changed this token in the meantime. Reload it and try again.");
    }
    if (token.revoke(by, clock.instant())) {
      audit.record(by, "token.revoke", "token", token.name(), describe(token));
      em.flush();
    }
    return token;
  }

  /**
   * The token a bearer value names, if it is usable now. Its last use is written at most once a
   * minute, by a conditional update that neither touches the version nor races with a revocation.
   */
  @Transactional
  public Optional<ApiTokenPrincipal> resolve(String bearer) {
    if (!ApiTokenSecret.isWellFormed(bearer)) {
      return Optional.empty();
    }
    Optional<ApiToken> found =
        em.createQuery("select t from ApiToken t where t.secretHash = :hash", ApiToken.class)
            .setParameter("hash", ApiTokenSecret.hashOf(bearer))
            .getResultStream()
            .findFirst();
    Instant now = clock.instant();
    if (found.isEmpty() || !found.get().isUsableAt(now)) {
      return Optional.empty();
    }
    ApiToken token = found.get();
    if (token.usageWorthRecordingAt(now)) {
      em.createQuery(
              "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                  + " and (t.lastUsedAt is null or t.lastUsedAt <= :due)")
          .setParameter("now", now)
          .setParameter("due", now.minus(ApiToken.USAGE_RECORD_INTERVAL))
          .setParameter("id", token.id())
          .executeUpdate();
    }
    return Optional.of(ApiTokenPrincipal.of(token));
  }

  private Optional<ApiToken> activeNamed(String name) {
    return em.createQuery(
            "select t from ApiToken t where t.name = :name and t.revokedAt is null", ApiToken.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  private static ProblemException nameTaken(String name) {
    return new ProblemException(
        Problem.withErrors(
            ProblemType.CONFLICT,
            "There is already a token with this name.",
            List.of(
                new Problem.FieldError(
                    "name",
                    "There is already a token called '"
                        + name.trim()
                        + "'. Choose another name, or revoke that token first"))));
  }

  /** Scope, the non-secret prefix (tokens of one name over time differ by it) and the expiry. */
  private static String describe(ApiToken token) {
    return "scope: "
        + token.scope().apiName()
        + ", prefix: "
        + token.secretPrefix()
        + token.expiresAt().map(at -> ", expires: " + at).orElse("");
  }
}
