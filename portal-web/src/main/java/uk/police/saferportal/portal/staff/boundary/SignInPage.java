package uk.police.saferportal.portal.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.staff.control.ContentApiRealm;
import uk.police.saferportal.portal.staff.control.StaffSignIn;

/**
 * The sign-in page. Shiro's form filter handles the post and, when it fails, leaves the failure
 * type in a request attribute, which this turns into words.
 */
@Named
@RequestScoped
public class SignInPage {

  public String getError() {
    Object failure =
        Faces.getRequestAttribute(FormAuthenticationFilter.DEFAULT_ERROR_KEY_ATTRIBUTE_NAME);
    if (failure == null) {
      return null;
    }
    String type = failure.toString();
    if (type.equals(ExcessiveAttemptsException.class.getName())) {
      String detail = Faces.getRequestAttribute(StaffSignIn.LOCKED_DETAIL);
      return detail != null
          ? detail
          : "This account is locked after too many failed attempts. Try again later.";
    }
    if (type.equals(ContentApiRealm.SignInUnavailableException.class.getName())) {
      return "Sorry, you cannot sign in at the moment. Try again in a few minutes.";
    }
    return "The username or password is not right. Check them and try again.";
  }

  public String getUsername() {
    String username = Faces.getRequestParameter("username");
    return username == null ? "" : username;
  }
}
