package uk.police.saferportal.portal.token.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.staff.control.StaffResponseMapper;
import uk.police.saferportal.portal.staff.control.StaffTokenHeaders;
import uk.police.saferportal.portal.token.entity.ApiToken;
import uk.police.saferportal.portal.token.entity.NewApiToken;

/** API tokens for machine clients, for administrators. */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient(staff = true)
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(StaffResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("admin/tokens")
public interface TokenApi {

  @GET
  Page<ApiToken> tokens(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  ApiToken create(NewApiToken token);

  @POST
  @Path("{id}/revoke")
  ApiToken revoke(@PathParam("id") String id);
}
