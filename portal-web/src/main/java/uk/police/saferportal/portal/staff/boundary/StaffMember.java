package uk.police.saferportal.portal.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import uk.police.saferportal.portal.staff.control.StaffTokenHeaders;
import uk.police.saferportal.portal.staff.entity.StaffSession;

/**
 * The signed-in member of staff, for pages: their name and what their role allows. Only shapes the
 * pages; the content API enforces every permission again.
 */
@Named
@RequestScoped
public class StaffMember {

  public boolean isSignedIn() {
    return session() != null;
  }

  public String getDisplayName() {
    StaffSession session = session();
    return session == null ? "" : session.displayName();
  }

  public boolean permitted(String permission) {
    Subject subject = SecurityUtils.getSubject();
    return subject.isAuthenticated() && subject.isPermitted(permission);
  }

  public boolean isPublisher() {
    return permitted("content:publish");
  }

  private static StaffSession session() {
    return StaffTokenHeaders.currentSession().orElse(null);
  }
}
