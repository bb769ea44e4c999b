package uk.police.saferportal.content.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import org.apache.shiro.subject.Subject;
import uk.police.saferportal.content.security.entity.StaffPrincipal;

/** The authenticated member of staff making the current request, set by the security filter. */
@RequestScoped
public class Caller {
  private Subject subject;

  void authenticatedAs(Subject subject) {
    this.subject = subject;
  }

  public String username() {
    return principal().username();
  }

  public StaffPrincipal principal() {
    if (subject == null) {
      throw new IllegalStateException("no authenticated caller on this request");
    }
    return subject.getPrincipals().oneByType(StaffPrincipal.class);
  }
}
