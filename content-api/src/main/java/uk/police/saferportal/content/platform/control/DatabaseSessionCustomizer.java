package uk.police.saferportal.content.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's own retry switched off: by default it runs a read that failed for want of the
 * database again, up to three times, five seconds apart, so a resident's request would hang ten
 * seconds or more while the database restarts. The connection pool already drops dead connections
 * and opens new ones; a failed read is answered 503 at once and the client tries again. Also counts
 * the connections in use ({@link DatabaseConnections}). (persistence.xml names this class in {@code
 * eclipselink.session.customizer}.)
 */
public class DatabaseSessionCustomizer implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
    session.getEventManager().addListener(new DatabaseConnections());
  }
}
