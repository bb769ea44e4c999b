package uk.police.saferportal.content.security.control;

import org.apache.shiro.authc.AuthenticationToken;

/** A bearer token presented on a request, as Shiro's authentication token. */
public record BearerToken(String token) implements AuthenticationToken {
  @Override
  public Object getPrincipal() {
    return token;
  }

  @Override
  public Object getCredentials() {
    return token;
  }
}
