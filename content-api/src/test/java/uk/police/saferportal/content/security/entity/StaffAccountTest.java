package uk.police.saferportal.content.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccountTest {
  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
  private static final SignInPolicy POLICY =
      new SignInPolicy(Duration.ofHours(8), 3, Duration.ofMinutes(15));

  private StaffAccount account() {
    return new StaffAccount("Editor", "Erin", "hash", Set.of(Role.EDITOR), NOW);
  }

  @Test
  void locksAfterTheMaximumFailedSignIns() {
    StaffAccount account = account();
    account.recordFailedSignIn(NOW, POLICY);
    account.recordFailedSignIn(NOW, POLICY);
    assertFalse(account.isLockedAt(NOW));
    account.recordFailedSignIn(NOW, POLICY);
    assertTrue(account.isLockedAt(NOW));
    assertTrue(account.isLockedAt(NOW.plus(Duration.ofMinutes(14))));
  }

  @Test
  void lockLiftsAfterTheLockDurationAndCountingStartsAgain() {
    StaffAccount account = account();
    for (int i = 0; i < 3; i++) {
      account.recordFailedSignIn(NOW, POLICY);
    }
    Instant later = NOW.plus(Duration.ofMinutes(15));
    assertFalse(account.isLockedAt(later));
    account.recordFailedSignIn(later, POLICY);
    assertFalse(account.isLockedAt(later));
    assertEquals(1, account.failedSignIns());
  }

  @Test
  void successfulSignInResetsTheCount() {
    StaffAccount account = account();
    account.recordFailedSignIn(NOW, POLICY);
    account.recordFailedSignIn(NOW, POLICY);
    account.recordSuccessfulSignIn();
    account.recordFailedSignIn(NOW, POLICY);
    assertFalse(account.isLockedAt(NOW));
  }

  @Test
  void usernamesAreCaseInsensitive() {
    assertEquals("editor", account().username());
  }

  @Test
  void needsAtLeastOneRole() {
    assertThrows(
        IllegalArgumentException.class, () -> new StaffAccount("x", "X", "hash", Set.of(), NOW));
  }

  @Test
  void onlyPublishersAndAdministratorsMayPublish() {
    assertFalse(Role.EDITOR.permissions().contains(Permissions.CONTENT_PUBLISH));
    assertTrue(Role.PUBLISHER.permissions().contains(Permissions.CONTENT_PUBLISH));
    assertTrue(Role.ADMINISTRATOR.permissions().contains("*"));
  }
}
