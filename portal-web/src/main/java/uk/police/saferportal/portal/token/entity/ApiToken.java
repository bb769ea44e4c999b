package uk.police.saferportal.portal.token.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An API token as the content API shows it to administrators. {@code secret} is only ever set in
 * the answer that created the token.
 */
public record ApiToken(
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
    String secret)
    implements Serializable {
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  public ApiToken {
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
  }

  public String scopeText() {
    return "read-write".equals(scope) ? "Read and write drafts" : "Read only";
  }

  public String createdAtText() {
    return text(createdAt);
  }

  public String lastUsedAtText() {
    return lastUsedAt == null ? "Never" : text(lastUsedAt);
  }

  public String expiresAtText() {
    return expiresAt == null ? "Never" : text(expiresAt);
  }

  public boolean isRevoked() {
    return "revoked".equals(status);
  }

  /** Never the secret, should a token be logged. */
  @Override
  public String toString() {
    return "ApiToken[id=" + id + ", name=" + name + ", scope=" + scope + "]";
  }

  private static String text(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant);
  }
}
