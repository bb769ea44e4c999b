package uk.police.saferportal.content.webhook.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff: after the first failed attempt wait {@code base}, then twice that, and so on
 * (never more than a day), until {@code maxAttempts} attempts have been made.
 */
public record RetryPolicy(Duration base, int maxAttempts) {
  static final Duration LONGEST_WAIT = Duration.ofDays(1);

  public RetryPolicy {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("the backoff base must be positive");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /** The wait after {@code attemptsMade} failed attempts (1 = the first failed). */
  public Duration delayAfter(int attemptsMade) {
    int doublings = Math.max(0, attemptsMade - 1);
    if (doublings >= 30) {
      return LONGEST_WAIT;
    }
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
  }

  /** When to try again after {@code attemptsMade} failed attempts, or empty to give up. */
  public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(now.plus(delayAfter(attemptsMade)));
  }
}
