package uk.police.saferportal.content.security.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an API token may do. Deliberately narrower than any staff role: a machine client reads, or
 * reads and writes drafts; publishing, deleting, staff, audit and token management stay with
 * people.
 */
public enum TokenScope {
  READ(Set.of(Permissions.CONTENT_READ)),
  READ_WRITE(Set.of(Permissions.CONTENT_READ, Permissions.CONTENT_WRITE));

  private final Set<String> permissions;

  TokenScope(Set<String> permissions) {
    this.permissions = permissions;
  }

  public Set<String> permissions() {
    return permissions;
  }

  /** The name in the API: {@code read} or {@code read-write}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<TokenScope> fromApiName(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim();
    for (TokenScope scope : values()) {
      if (scope.apiName().equalsIgnoreCase(wanted)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
