package uk.police.saferportal.portal.staff.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A signed-in member of staff as the portal keeps them in the HTTP session: who they are, what they
 * may do, and the API token their calls carry. Serializable for session replication.
 */
public record StaffSession(
    String username,
    String displayName,
    List<String> roles,
    List<String> permissions,
    String token,
    Instant expiresAt)
    implements Serializable {
  public StaffSession {
    roles = List.copyOf(roles);
    permissions = List.copyOf(permissions);
  }

  @Override
  public String toString() {
    return "StaffSession[" + username + "]";
  }
}
