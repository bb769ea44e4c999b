package uk.police.saferportal.content.webhook.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

  @Test
  void waitsTheBaseThenDoublesAfterEachFailure() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 8);
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
    assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
    assertEquals(Duration.ofSeconds(30 * 64), policy.delayAfter(7));
    assertEquals(Optional.of(NOW.plusSeconds(240)), policy.nextAttempt(4, NOW));
  }

  @Test
  void givesUpOnceTheAttemptsAreMade() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 8);
    assertTrue(policy.nextAttempt(7, NOW).isPresent());
    assertEquals(Optional.empty(), policy.nextAttempt(8, NOW));
    assertEquals(Optional.empty(), policy.nextAttempt(9, NOW));
  }

  @Test
  void neverWaitsMoreThanADay() {
    RetryPolicy policy = new RetryPolicy(Duration.ofHours(1), 100);
    assertEquals(Duration.ofDays(1), policy.delayAfter(6));
    assertEquals(Duration.ofDays(1), policy.delayAfter(90));
  }

  @Test
  void refusesANonsensePolicy() {
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, 3));
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 0));
  }
}
