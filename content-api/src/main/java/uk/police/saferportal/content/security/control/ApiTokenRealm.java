package uk.police.saferportal.content.security.control;

import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import uk.police.saferportal.content.security.entity.ApiTokenPrincipal;
import uk.police.saferportal.content.security.entity.ApiTokenSecret;

/**
 * Shiro realm for API tokens of machine clients: a bearer value shaped like an API token secret
 * that resolves to a usable token is its own proof, and the token's scope grants its permissions.
 */
public class ApiTokenRealm extends AuthorizingRealm {
  private final ApiTokens tokens;

  public ApiTokenRealm(ApiTokens tokens) {
    super(new AllowAllCredentialsMatcher());
    this.tokens = tokens;
    setAuthenticationTokenClass(BearerToken.class);
    setCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof BearerToken bearer && ApiTokenSecret.isWellFormed(bearer.token());
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    String bearer = ((BearerToken) token).token();
    ApiTokenPrincipal machine =
        lookUp(bearer)
            .orElseThrow(() -> new AuthenticationException("unknown, expired or revoked token"));
    return new SimpleAuthenticationInfo(machine, bearer, getName());
  }

  /** The token's owner, or empty if there is none; {@link TokenLookupFailed} if no answer came. */
  private Optional<ApiTokenPrincipal> lookUp(String bearer) {
    try {
      return tokens.resolve(bearer);
    } catch (RuntimeException e) {
      throw new TokenLookupFailed(e);
    }
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    ApiTokenPrincipal machine = principals.oneByType(ApiTokenPrincipal.class);
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
    if (machine != null) {
      info.setStringPermissions(machine.scope().permissions());
    }
    return info;
  }
}
