package uk.police.saferportal.content.security.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import uk.police.saferportal.content.security.control.IssuedToken;
import uk.police.saferportal.content.security.entity.Role;

/** The answer to a sign-in: the token, when it expires, and who it speaks for. */
public record TokenView(
    String token,
    String tokenType,
    Instant expiresAt,
    String username,
    String displayName,
    List<String> roles,
    List<String> permissions) {

  static TokenView of(IssuedToken issued) {
    var staff = issued.staff();
    List<String> roles =
        staff.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList();
    List<String> permissions =
        staff.roles().stream()
            .map(Role::permissions)
            .flatMap(java.util.Set::stream)
            .distinct()
            .sorted()
            .toList();
    return new TokenView(
        issued.token(),
        "Bearer",
        issued.expiresAt(),
        staff.username(),
        staff.displayName(),
        roles,
        permissions);
  }
}
