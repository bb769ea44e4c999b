package uk.police.saferportal.portal.staff.control;

import jakarta.servlet.ServletRequest;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;

/**
 * Shiro's form sign-in, keeping the content API's own words when an account is locked (they say for
 * how long), not only the kind of failure.
 */
public class StaffSignIn extends FormAuthenticationFilter {
  public static final String LOCKED_DETAIL = "saferportal.signIn.lockedDetail";

  @Override
  protected void setFailureAttribute(ServletRequest request, AuthenticationException failure) {
    super.setFailureAttribute(request, failure);
    if (failure instanceof ExcessiveAttemptsException && failure.getMessage() != null) {
      request.setAttribute(LOCKED_DETAIL, failure.getMessage());
    }
  }
}
