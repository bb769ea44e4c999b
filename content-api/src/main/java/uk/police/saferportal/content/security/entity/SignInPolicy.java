package uk.police.saferportal.content.security.entity;

import java.time.Duration;

/** How long a token lives, and how many wrong passwords lock an account for how long. */
public record SignInPolicy(Duration tokenLifetime, int maxFailedSignIns, Duration lockDuration) {
  public SignInPolicy {
    if (maxFailedSignIns < 1) {
      throw new IllegalArgumentException("maxFailedSignIns must be at least 1");
    }
  }
}
