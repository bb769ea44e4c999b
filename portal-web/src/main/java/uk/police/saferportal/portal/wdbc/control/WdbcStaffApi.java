package uk.police.saferportal.portal.wdbc.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import uk.police.saferportal.portal.wdbc.entity.RetailerDraft;
import uk.police.saferportal.portal.wdbc.entity.TownDraft;
import uk.police.saferportal.portal.wdbc.entity.WdbcRetailer;
import uk.police.saferportal.portal.wdbc.entity.WdbcTown;

/** The We Don't Buy Crime register for staff: towns and partner retailers by their slugs. */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient(staff = true)
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(StaffResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("admin/wdbc")
public interface WdbcStaffApi {

  @GET
  @Path("towns")
  Page<WdbcTown> towns();

  @POST
  @Path("towns")
  @Consumes(MediaType.APPLICATION_JSON)
  WdbcTown addTown(TownDraft town);

  @PUT
  @Path("towns/{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  WdbcTown changeTown(
      @PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, TownDraft town);

  @DELETE
  @Path("towns/{slug}")
  void removeTown(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);

  @GET
  @Path("retailers")
  Page<WdbcRetailer> retailers();

  @POST
  @Path("retailers")
  @Consumes(MediaType.APPLICATION_JSON)
  WdbcRetailer addRetailer(RetailerDraft retailer);

  @DELETE
  @Path("retailers/{slug}")
  void removeRetailer(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);
}
