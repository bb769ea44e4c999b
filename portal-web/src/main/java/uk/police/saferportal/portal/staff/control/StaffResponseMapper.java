package uk.police.saferportal.portal.staff.control;

import jakarta.ws.rs.core.Response;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.control.ProblemResponseMapper;

/**
 * The problems of staff calls, as for every call, plus one of their own: when the content API no
 * longer accepts the staff member's token (it expired or was revoked) they are signed out here and
 * sent to sign in again.
 */
public class StaffResponseMapper extends ProblemResponseMapper {
  @Override
  public RuntimeException toThrowable(Response response) {
    RuntimeException problem = super.toThrowable(response);
    if (response.getStatus() == 401 && StaffTokenHeaders.currentSession().isPresent()) {
      signOut();
    }
    return problem;
  }

  private static void signOut() {
    try {
      SecurityUtils.getSubject().logout();
    } catch (UnavailableSecurityManagerException e) {
      return;
    }
    if (jakarta.faces.context.FacesContext.getCurrentInstance() != null) {
      Faces.redirect("admin/login?expired=true");
    }
  }
}
