package uk.police.saferportal.portal.staff.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ProcessingException;
import java.util.HashSet;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.staff.entity.SignInRequest;
import uk.police.saferportal.portal.staff.entity.StaffSession;
import uk.police.saferportal.portal.staff.entity.TokenResponse;

/**
 * Shiro realm that asks the content API whether a username and password are right. The API checks
 * the password and counts failures; the portal keeps only the token it answers with.
 */
public class ContentApiRealm extends AuthorizingRealm {
  /** Thrown when the API cannot be reached, so the sign-in page can say so. */
  public static class SignInUnavailableException extends AuthenticationException {
    public SignInUnavailableException(Throwable cause) {
      super("content API unavailable", cause);
    }
  }

  public ContentApiRealm() {
    super(new AllowAllCredentialsMatcher());
    setAuthenticationTokenClass(UsernamePasswordToken.class);
    setAuthorizationCachingEnabled(false);
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    UsernamePasswordToken credentials = (UsernamePasswordToken) token;
    String password =
        credentials.getPassword() == null ? "" : new String(credentials.getPassword());
    try {
      AuthApi api = CDI.current().select(AuthApi.class, RestClient.LITERAL).get();
      TokenResponse answer = api.signIn(new SignInRequest(credentials.getUsername(), password));
      StaffSession session =
          new StaffSession(
              answer.username(),
              answer.displayName(),
              answer.roles(),
              answer.permissions(),
              answer.token(),
              answer.expiresAt());
      return new SimpleAuthenticationInfo(session, answer.token(), getName());
    } catch (ApiProblemException e) {
      if (e.status() == 429) {
        throw new ExcessiveAttemptsException(e.problem().detail());
      }
      throw new IncorrectCredentialsException("refused by the content API");
    } catch (ProcessingException | ApiUnavailableException e) {
      throw new SignInUnavailableException(e);
    }
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    StaffSession staff = principals.oneByType(StaffSession.class);
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
    if (staff != null) {
      info.setRoles(new HashSet<>(staff.roles()));
      info.setStringPermissions(new HashSet<>(staff.permissions()));
    }
    return info;
  }
}
