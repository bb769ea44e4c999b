package uk.police.saferportal.content.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.Subject;
import uk.police.saferportal.content.security.entity.ApiTokenPrincipal;
import uk.police.saferportal.content.security.entity.StaffPrincipal;

/**
 * Who is making the current request, set by the security filter: a member of staff, or a machine
 * client with an API token (named {@code token:<name>} wherever an actor is recorded).
 */
@RequestScoped
public class Caller {
  private Subject subject;

  void authenticatedAs(Subject subject) {
    this.subject = subject;
  }

  /** The staff username, or {@code token:<name>} for an API token: the actor in the audit log. */
  public String username() {
    ApiTokenPrincipal machine = principals().oneByType(ApiTokenPrincipal.class);
    return machine != null ? machine.actor() : principal().username();
  }

  /** The member of staff calling; null when the caller is a machine client with an API token. */
  public StaffPrincipal principal() {
    return principals().oneByType(StaffPrincipal.class);
  }

  /** Whether the caller's roles (or token scope) grant a permission ({@code content:publish}). */
  public boolean isPermitted(String permission) {
    return subject != null && subject.isPermitted(permission);
  }

  private PrincipalCollection principals() {
    if (subject == null) {
      throw new IllegalStateException("no authenticated caller on this request");
    }
    return subject.getPrincipals();
  }
}
