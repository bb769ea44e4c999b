package uk.police.saferportal.content.security.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import uk.police.saferportal.content.security.entity.ApiToken;

/**
 * An API token as administrators see it: never its hash. {@code secret} is present only in the
 * answer that creates the token, the one time it can be seen.
 */
@JsonbPropertyOrder({
  "id",
  "name",
  "scope",
  "permissions",
  "prefix",
  "status",
  "createdBy",
  "createdAt",
  "lastUsedAt",
  "expiresAt",
  "revokedAt",
  "revokedBy",
  "secret"
})
public record ApiTokenView(
    String id,
    String name,
    String scope,
    List<String> permissions,
    String prefix,
    String status,
    String createdBy,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    Instant revokedAt,
    String revokedBy,
    String secret) {

  static ApiTokenView of(ApiToken token, Instant now) {
    return withSecret(token, now, null);
  }

  static ApiTokenView withSecret(ApiToken token, Instant now, String secret) {
    return new ApiTokenView(
        token.id(),
        token.name(),
        token.scope().apiName(),
        token.scope().permissions().stream().sorted().toList(),
        token.secretPrefix(),
        token.statusAt(now).name().toLowerCase(Locale.ROOT),
        token.createdBy(),
        token.createdAt(),
        token.lastUsedAt().orElse(null),
        token.expiresAt().orElse(null),
        token.revokedAt().orElse(null),
        token.revokedBy().orElse(null),
        secret);
  }

  /** Never the secret, should a view be logged. */
  @Override
  public String toString() {
    return "ApiTokenView[id=" + id + ", name=" + name + ", scope=" + scope + "]";
  }
}
