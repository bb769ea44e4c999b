package uk.police.saferportal.content.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

  private static ApiToken token(Instant expiresAt) {
    return new ApiToken(
        " Newsletter sync ", TokenScope.READ, ApiTokenSecret.generate(), "admin", NOW, expiresAt);
  }

  @Test
  void keepsOnlyTheHashAndPrefixOfItsSecret() {
    ApiTokenSecret secret = ApiTokenSecret.generate();
    ApiToken token = new ApiToken("sync", TokenScope.READ, secret, "admin", NOW, null);
    assertEquals(secret.visiblePrefix(), token.secretPrefix());
    assertEquals("sync", token.name());
    assertEquals(36, token.id().length());
  }

  @Test
  void worksUntilItExpires() {
    ApiToken token = token(NOW.plus(Duration.ofHours(1)));
    assertEquals("Newsletter sync", token.name());
    assertTrue(token.isUsableAt(NOW));
    assertTrue(token.isUsableAt(NOW.plus(Duration.ofMinutes(59))));
    assertEquals(ApiToken.Status.EXPIRED, token.statusAt(NOW.plus(Duration.ofHours(1))));
    assertFalse(token.isUsableAt(NOW.plus(Duration.ofHours(2))));
  }

  @Test
  void withoutExpiryWorksUntilRevokedAndRevokingIsFinal() {
    ApiToken token = token(null);
    assertTrue(token.isUsableAt(NOW.plus(Duration.ofDays(3650))));
    assertTrue(token.revoke("admin", NOW.plusSeconds(5)));
    assertEquals(ApiToken.Status.REVOKED, token.statusAt(NOW.plusSeconds(5)));
    assertFalse(token.revoke("other-admin", NOW.plusSeconds(9)));
    assertEquals(Optional.of("admin"), token.revokedBy());
    assertEquals(Optional.of(NOW.plusSeconds(5)), token.revokedAt());
  }

  @Test
  void cannotExpireBeforeItIsCreatedOrLackAName() {
    assertThrows(IllegalArgumentException.class, () -> token(NOW));
    assertThrows(IllegalArgumentException.class, () -> token(NOW.minusSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ApiToken(" ", TokenScope.READ, ApiTokenSecret.generate(), "admin", NOW, null));
  }

  @Test
  void recordsItsUseAtMostOnceAMinute() {
    ApiToken token = token(null);
    assertTrue(token.usageWorthRecordingAt(NOW), "never used");
    assertFalse(ApiToken.usageWorthRecording(NOW, NOW.plusSeconds(59)));
    assertTrue(ApiToken.usageWorthRecording(NOW, NOW.plusSeconds(60)));
    assertTrue(ApiToken.usageWorthRecording(NOW, NOW.plus(Duration.ofHours(5))));
  }

  @Test
  void actorInTheAuditLogIsTheTokenName() {
    assertEquals("token:Newsletter sync", ApiTokenPrincipal.of(token(null)).actor());
  }
}
