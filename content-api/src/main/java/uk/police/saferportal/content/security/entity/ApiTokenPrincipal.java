package uk.police.saferportal.content.security.entity;

import java.io.Serializable;

/** A machine client calling with an API token, as Shiro carries it through a request. */
public record ApiTokenPrincipal(String id, String name, TokenScope scope) implements Serializable {
  public static final String ACTOR_PREFIX = "token:";

  public static ApiTokenPrincipal of(ApiToken token) {
    return new ApiTokenPrincipal(token.id(), token.name(), token.scope());
  }

  /** How the audit log names this caller: {@code token:<name>}. */
  public String actor() {
    return ACTOR_PREFIX + name;
  }
}
