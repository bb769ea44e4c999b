package uk.police.saferportal.content.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.subject.Subject;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.StaffSecurity;

/**
 * The gate of every staff endpoint. Anything under {@code admin/}, or annotated with Shiro's
 * {@code @RequiresAuthentication} or {@code @RequiresPermissions}, needs a valid bearer token (401
 * otherwise); the permissions the method names are then checked (403 otherwise).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class StaffAuthorization implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";

  @Context ResourceInfo resourceInfo;
  @Inject StaffSecurity security;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> resource = resourceInfo.getResourceClass();
    if (method == null || resource == null) {
      return;
    }
    RequiresPermissions permissions = method.getAnnotation(RequiresPermissions.class);
    if (permissions == null) {
      permissions = resource.getAnnotation(RequiresPermissions.class);
    }
    boolean staffOnly =
        permissions != null
            || method.isAnnotationPresent(RequiresAuthentication.class)
            || resource.isAnnotationPresent(RequiresAuthentication.class)
            || request.getUriInfo().getPath().startsWith("admin");
    if (!staffOnly) {
      return;
    }
    String header = request.getHeaderString("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw unauthenticated("Sign in and send your token as 'Authorization: Bearer <token>'.");
    }
    Subject subject =
        security
            .authenticate(header.substring(BEARER.length()).trim())
            .orElseThrow(
                () -> unauthenticated("Your sign-in has expired or is not valid. Sign in again."));
    if (permissions != null && !permitted(subject, permissions)) {
      throw ProblemException.of(
          ProblemType.FORBIDDEN,
          "Your role does not allow this. Ask a publisher or an administrator.");
    }
    caller.authenticatedAs(subject);
  }

  private static boolean permitted(Subject subject, RequiresPermissions required) {
    if (required.logical() == Logical.OR) {
      for (String permission : required.value()) {
        if (subject.isPermitted(permission)) {
          return true;
        }
      }
      return false;
    }
    return subject.isPermittedAll(required.value());
  }

  private static ProblemException unauthenticated(String detail) {
    return new ProblemException(
        Problem.of(ProblemType.UNAUTHENTICATED, detail),
        Map.of("WWW-Authenticate", "Bearer realm=\"saferportal\""));
  }
}
