package uk.police.saferportal.content.security.entity;

import java.io.Serializable;
import java.util.Set;

/** Who is calling, as Shiro carries it through a request. */
public record StaffPrincipal(String username, String displayName, Set<Role> roles)
    implements Serializable {
  public StaffPrincipal {
    roles = Set.copyOf(roles);
  }

  public static StaffPrincipal of(StaffAccount account) {
    return new StaffPrincipal(account.username(), account.displayName(), account.roles());
  }
}
