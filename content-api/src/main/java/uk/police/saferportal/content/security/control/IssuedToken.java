package uk.police.saferportal.content.security.control;

import java.time.Instant;
import uk.police.saferportal.content.security.entity.StaffPrincipal;

/** A freshly issued bearer token: the only moment its clear value exists on the server. */
public record IssuedToken(String token, Instant expiresAt, StaffPrincipal staff) {}
