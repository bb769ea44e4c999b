package uk.police.saferportal.content.security.control;

import org.apache.shiro.authc.AuthenticationException;

/**
 * A bearer token could not be looked up (the database failed to answer): the token was not shown to
 * be invalid, so the caller must not be told to sign in again. Shiro passes a realm's {@link
 * AuthenticationException} through unchanged, and {@link StaffSecurity}'s strategy rethrows this
 * one.
 */
class TokenLookupFailed extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  TokenLookupFailed(RuntimeException cause) {
    super("the token could not be looked up", cause);
  }
}
