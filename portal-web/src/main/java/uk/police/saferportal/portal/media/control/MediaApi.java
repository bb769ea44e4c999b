package uk.police.saferportal.portal.media.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.media.entity.MediaDescription;
import uk.police.saferportal.portal.media.entity.MediaItem;
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.staff.control.StaffResponseMapper;
import uk.police.saferportal.portal.staff.control.StaffTokenHeaders;

/** The media library for staff: find, upload, describe and delete files. */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient(staff = true)
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(StaffResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("admin/media")
public interface MediaApi {

  @GET
  Page<MediaItem> media(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @GET
  @Path("{id}")
  MediaItem mediaItem(@PathParam("id") String id);

  /**
   * Uploads one file with its parts {@code file}, {@code alt} and {@code title}. A GenericEntity,
   * because the rest client passes a bare entity without its generic type, and the multipart writer
   * needs to see {@code List<EntityPart>}.
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  MediaItem upload(GenericEntity<List<EntityPart>> parts);

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  MediaItem describe(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      MediaDescription description);

  @DELETE
  @Path("{id}")
  void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);
}
