package uk.police.saferportal.content.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.subject.Subject;
import uk.police.saferportal.content.platform.control.DatabaseOutage;
import uk.police.saferportal.content.platform.control.DatabaseProbe;

/**
 * The API's Shiro security manager. Stateless: every request proves itself with its bearer token,
 * so Shiro keeps no session. A bearer token is a staff member's sign-in or a machine client's API
 * token; each has its realm.
 */
@ApplicationScoped
public class StaffSecurity {
  @Inject StaffSessions sessions;
  @Inject ApiTokens apiTokens;
  @Inject DatabaseProbe database;

  private DefaultSecurityManager securityManager;

  @PostConstruct
  void init() {
    securityManager =
        new DefaultSecurityManager(
            List.of(new StaffTokenRealm(sessions), new ApiTokenRealm(apiTokens)));
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
    } catch (AuthenticationException e) {
      // Shiro keeps no realm's cause when several realms refuse: a token that could not be
      // looked up is not an invalid token, so ask whether the database answers at all
      if (DatabaseOutage.causes(e) || !database.reachable()) {
        throw DatabaseOutage.problem();
      }
      return Optional.empty();
    }
  }
}
