package uk.police.saferportal.portal.content.control;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.content.entity.ContentCheck;
import uk.police.saferportal.portal.content.entity.ContentDraft;
import uk.police.saferportal.portal.content.entity.PreviewLink;
import uk.police.saferportal.portal.content.entity.RevisionComparison;
import uk.police.saferportal.portal.content.entity.RevisionSummary;
import uk.police.saferportal.portal.content.entity.ScheduleRequest;
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.staff.control.StaffResponseMapper;
import uk.police.saferportal.portal.staff.control.StaffTokenHeaders;

/**
 * The editorial part of the content API for staff: every content type, its workflow, previews and
 * revisions. {collection} is the type's collection (advice, campaigns or pages). Every call carries
 * the signed-in staff member's token; the API decides what their role allows.
 */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient(staff = true)
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(StaffResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("admin")
public interface ContentStaffApi {

  /** Every type and state together: the back office's content list. */
  @GET
  @Path("content")
  Page<Content> content(
      @QueryParam("type") String type,
      @QueryParam("state") String state,
      @QueryParam("topic") String topic,
      @QueryParam("area") String area,
      @QueryParam("author") String author,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort);

  @GET
  @Path("{collection}/{slug}")
  Content item(@PathParam("collection") String collection, @PathParam("slug") String slug);

  @POST
  @Path("{collection}")
  @Consumes(MediaType.APPLICATION_JSON)
  Content create(@PathParam("collection") String collection, ContentDraft draft);

  @PUT
  @Path("{collection}/{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  Content update(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      ContentDraft draft);

  /** A workflow move: submit, publish, unpublish, return-to-draft, archive or discard-draft. */
  @POST
  @Path(
      "{collection}/{slug}/{action:"
          + " submit|publish|unpublish|return-to-draft|archive|discard-draft}")
  Content act(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("action") String action,
      @HeaderParam("If-Match") String ifMatch);

  @POST
  @Path("{collection}/{slug}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  Content schedule(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      ScheduleRequest schedule);

  /** A preview link to the item, for the signed-in member of staff only. */
  @POST
  @Path("{collection}/{slug}/preview")
  PreviewLink preview(@PathParam("collection") String collection, @PathParam("slug") String slug);

  /** The item behind a preview link, as the public will see it. */
  @GET
  @Path("preview/{token}")
  Content previewed(@PathParam("token") String token);

  @GET
  @Path("{collection}/{slug}/checks")
  Page<ContentCheck> checks(
      @PathParam("collection") String collection, @PathParam("slug") String slug);

  @GET
  @Path("{collection}/{slug}/revisions")
  Page<RevisionSummary> revisions(
      @PathParam("collection") String collection, @PathParam("slug") String slug);

  @GET
  @Path("{collection}/{slug}/revisions/{from}/compare/{to}")
  RevisionComparison compare(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("from") int from,
      @PathParam("to") int to);

  @POST
  @Path("{collection}/{slug}/revisions/{number}/restore")
  Content restore(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("number") int number,
      @HeaderParam("If-Match") String ifMatch);

  @DELETE
  @Path("{collection}/{slug}")
  void delete(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch);
}
