package uk.police.saferportal.content.security.entity;

import java.util.Set;

/**
 * Staff roles and the permissions each grants. Permissions, not roles, are what endpoints check, so
 * a new role never needs an endpoint changed.
 */
public enum Role {
  EDITOR(Set.of(Permissions.CONTENT_READ, Permissions.CONTENT_WRITE)),
  PUBLISHER(
      Set.of(
          Permissions.CONTENT_READ,
          Permissions.CONTENT_WRITE,
          Permissions.CONTENT_PUBLISH,
          Permissions.CONTENT_DELETE)),
  ADMINISTRATOR(Set.of("*"));

  private final Set<String> permissions;

  Role(Set<String> permissions) {
    this.permissions = permissions;
  }

  public Set<String> permissions() {
    return permissions;
  }
}
