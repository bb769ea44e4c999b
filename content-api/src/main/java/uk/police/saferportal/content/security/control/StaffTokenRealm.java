package uk.police.saferportal.content.security.control;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import uk.police.saferportal.content.security.entity.ApiTokenSecret;
import uk.police.saferportal.content.security.entity.Role;
import uk.police.saferportal.content.security.entity.StaffPrincipal;

/**
 * Shiro realm for bearer tokens: a token that resolves to a live session is its own proof, and the
 * staff member's roles grant their permissions.
 */
public class StaffTokenRealm extends AuthorizingRealm {
  private final StaffSessions sessions;

  public StaffTokenRealm(StaffSessions sessions) {
    super(new AllowAllCredentialsMatcher());
    this.sessions = sessions;
    setAuthenticationTokenClass(BearerToken.class);
    setCachingEnabled(false);
  }

  /** API token secrets are the other realm's: a staff token never has their shape. */
  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof BearerToken bearer && !ApiTokenSecret.isWellFormed(bearer.token());
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    String bearer = ((BearerToken) token).token();
    StaffPrincipal staff =
        lookUp(bearer).orElseThrow(() -> new AuthenticationException("unknown or expired token"));
    return new SimpleAuthenticationInfo(staff, bearer, getName());
  }

  /** The token's owner, or empty if there is none; {@link TokenLookupFailed} if no answer came. */
  private Optional<StaffPrincipal> lookUp(String bearer) {
    try {
      return sessions.resolve(bearer);
    } catch (RuntimeException e) {
      throw new TokenLookupFailed(e);
    }
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    StaffPrincipal staff = principals.oneByType(StaffPrincipal.class);
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
    if (staff == null) {
      return info;
    }
    Set<String> permissions = new HashSet<>();
    for (Role role : staff.roles()) {
      info.addRole(role.name().toLowerCase(java.util.Locale.ROOT));
      permissions.addAll(role.permissions());
    }
    info.setStringPermissions(permissions);
    return info;
  }
}
