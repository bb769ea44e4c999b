package uk.police.saferportal.content.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.pam.AtLeastOneSuccessfulStrategy;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.subject.Subject;
import uk.police.saferportal.content.platform.control.DatabaseOutage;
import uk.police.saferportal.content.platform.control.DatabaseProbe;
import uk.police.saferportal.content.platform.control.RequestId;

/**
 * The API's Shiro security manager. Stateless: every request proves itself with its bearer token,
 * so Shiro keeps no session. A bearer token is a staff member's sign-in or a machine client's API
 * token; each has its realm.
 */
@ApplicationScoped
public class StaffSecurity {
  private static final Logger LOG = Logger.getLogger(StaffSecurity.class.getName());
  @Inject StaffSessions sessions;
  @Inject ApiTokens apiTokens;
  @Inject DatabaseProbe database;

  private DefaultSecurityManager securityManager;

  @PostConstruct
  void init() {
    securityManager =
        new DefaultSecurityManager(
            List.of(new StaffTokenRealm(sessions), new ApiTokenRealm(apiTokens)));
    // with two realms Shiro keeps no realm's failure, only "no realm could authenticate": a lookup
    // that failed must not be mistaken for a token that is not valid
    ModularRealmAuthenticator authenticator =
        (ModularRealmAuthenticator) securityManager.getAuthenticator();
    authenticator.setAuthenticationStrategy(
        new AtLeastOneSuccessfulStrategy() {
          @Override
          public AuthenticationInfo afterAttempt(
              Realm realm,
              AuthenticationToken token,
              AuthenticationInfo singleRealmInfo,
              AuthenticationInfo aggregateInfo,
              Throwable t) {
            if (t instanceof TokenLookupFailed failed) {
              throw failed;
            }
            return super.afterAttempt(realm, token, singleRealmInfo, aggregateInfo, t);
          }
        });
    DefaultSessionStorageEvaluator storage = new DefaultSessionStorageEvaluator();
    storage.setSessionStorageEnabled(false);
    ((DefaultSubjectDAO) securityManager.getSubjectDAO()).setSessionStorageEvaluator(storage);
  }

  /**
   * The authenticated subject for a bearer token, or empty if the token is not valid; a 503 problem
   * if the database cannot be reached to tell.
   */
  public Optional<Subject> authenticate(String bearerToken) {
    Subject subject =
        new Subject.Builder(securityManager).sessionCreationEnabled(false).buildSubject();
    try {
      subject.login(new BearerToken(bearerToken));
      return Optional.of(subject);
    } catch (TokenLookupFailed e) {
      // a token that could not be looked up is not an invalid token: never "sign in again"
      if (!DatabaseOutage.causes(e) && database.reachable()) {
        RequestId.log(
            LOG,
            java.util.logging.Level.WARNING,
            "A token lookup failed although the database answers: " + classes(e),
            null);
      }
      throw DatabaseOutage.problem();
    } catch (AuthenticationException e) {
      return Optional.empty();
    }
  }

  /** The classes in a failure's chain of causes, for a log line that names no secret. */
  private static String classes(Throwable failure) {
    StringBuilder names = new StringBuilder();
    int depth = 0;
    for (Throwable cause = failure.getCause(); cause != null && depth++ < 16; ) {
      names.append(depth > 1 ? " < " : "").append(cause.getClass().getName());
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return names.toString();
  }
}
