package uk.police.saferportal.content.security.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import uk.police.saferportal.content.security.entity.StaffAccount;

/** A staff account as administrators see it: never the password hash. */
public record StaffView(
    String username, String displayName, List<String> roles, boolean locked, Instant createdAt) {
  static StaffView of(StaffAccount account, Instant now) {
    return new StaffView(
        account.username(),
        account.displayName(),
        account.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList(),
        account.isLockedAt(now),
        account.createdAt());
  }
}
