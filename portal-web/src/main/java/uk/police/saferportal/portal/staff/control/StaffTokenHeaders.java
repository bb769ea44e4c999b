package uk.police.saferportal.portal.staff.control;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.PrincipalCollection;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import uk.police.saferportal.portal.staff.entity.StaffSession;

/** Adds the signed-in staff member's bearer token to their calls to the content API. */
public class StaffTokenHeaders implements ClientHeadersFactory {
  @Override
  public MultivaluedMap<String, String> update(
      MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    currentSession()
        .ifPresent(session -> headers.putSingle("Authorization", "Bearer " + session.token()));
    return headers;
  }

  /** The signed-in member of staff of this request, if any. */
  public static java.util.Optional<StaffSession> currentSession() {
    try {
      PrincipalCollection principals = SecurityUtils.getSubject().getPrincipals();
      return principals == null
          ? java.util.Optional.empty()
          : java.util.Optional.ofNullable(principals.oneByType(StaffSession.class));
    } catch (UnavailableSecurityManagerException e) {
      return java.util.Optional.empty();
    }
  }
}
