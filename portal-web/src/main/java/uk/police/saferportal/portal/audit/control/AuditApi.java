package uk.police.saferportal.portal.audit.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.audit.entity.AuditEntry;
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.staff.control.StaffResponseMapper;
import uk.police.saferportal.portal.staff.control.StaffTokenHeaders;

/** The audit log of staff changes, for administrators. */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient(staff = true)
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(StaffResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("admin/audit")
public interface AuditApi {

  @GET
  Page<AuditEntry> audit(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectRef") String subjectRef,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);
}
