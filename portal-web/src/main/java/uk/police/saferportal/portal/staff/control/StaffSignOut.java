package uk.police.saferportal.portal.staff.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.web.filter.authc.LogoutFilter;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Shiro's logout, after first ending the token at the content API so it stops working at once
 * rather than when it expires.
 */
public class StaffSignOut extends LogoutFilter {
  private static final Logger LOG = Logger.getLogger(StaffSignOut.class.getName());

  @Override
  protected boolean preHandle(ServletRequest request, ServletResponse response) throws Exception {
    if (StaffTokenHeaders.currentSession().isPresent()) {
      try {
        CDI.current().select(AuthApi.class, RestClient.LITERAL).get().signOut();
      } catch (RuntimeException e) {
        LOG.log(Level.INFO, "Could not end the API token at sign-out; it will expire", e);
      }
    }
    return super.preHandle(request, response);
  }
}
