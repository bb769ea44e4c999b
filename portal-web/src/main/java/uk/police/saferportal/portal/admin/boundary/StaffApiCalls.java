package uk.police.saferportal.portal.admin.boundary;

import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;
import org.apache.shiro.SecurityUtils;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;

/**
 * Runs a staff call to the content API. When the API no longer accepts the token (it expired or was
 * revoked) the staff member is signed out and sent to sign in again.
 */
final class StaffApiCalls {
  private StaffApiCalls() {}

  static <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (ProcessingException e) {
      throw new ApiUnavailableException(e);
    } catch (ApiProblemException e) {
      if (e.status() == 401) {
        SecurityUtils.getSubject().logout();
        Faces.redirect("admin/login?expired=true");
      }
      throw e;
    }
  }
}
