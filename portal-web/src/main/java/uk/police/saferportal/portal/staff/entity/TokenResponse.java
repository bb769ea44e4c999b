package uk.police.saferportal.portal.staff.entity;

import java.time.Instant;
import java.util.List;

/** The content API's answer to a sign-in. */
public record TokenResponse(
    String token,
    String tokenType,
    Instant expiresAt,
    String username,
    String displayName,
    List<String> roles,
    List<String> permissions) {}
