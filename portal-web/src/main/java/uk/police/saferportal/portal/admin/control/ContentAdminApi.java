package uk.police.saferportal.portal.admin.control;

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
import uk.police.saferportal.portal.admin.entity.ApiToken;
import uk.police.saferportal.portal.admin.entity.AuditEntry;
import uk.police.saferportal.portal.admin.entity.ContentCheck;
import uk.police.saferportal.portal.admin.entity.ContentDraft;
import uk.police.saferportal.portal.admin.entity.CreatedWebhook;
import uk.police.saferportal.portal.admin.entity.MediaDescription;
import uk.police.saferportal.portal.admin.entity.MediaItem;
import uk.police.saferportal.portal.admin.entity.NewApiToken;
import uk.police.saferportal.portal.admin.entity.PreviewLink;
import uk.police.saferportal.portal.admin.entity.RetailerDraft;
import uk.police.saferportal.portal.admin.entity.RevisionComparison;
import uk.police.saferportal.portal.admin.entity.RevisionSummary;
import uk.police.saferportal.portal.admin.entity.ScheduleRequest;
import uk.police.saferportal.portal.admin.entity.SignInRequest;
import uk.police.saferportal.portal.admin.entity.TokenResponse;
import uk.police.saferportal.portal.admin.entity.TownDraft;
import uk.police.saferportal.portal.admin.entity.Webhook;
import uk.police.saferportal.portal.admin.entity.WebhookDelivery;
import uk.police.saferportal.portal.admin.entity.WebhookForm;
import uk.police.saferportal.portal.platform.control.ProblemResponseMapper;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.platform.entity.WdbcRetailer;
import uk.police.saferportal.portal.platform.entity.WdbcTown;

/**
 * The staff part of the content API. Every call carries the signed-in staff member's token (added
 * by {@link StaffTokenHeaders}); the API decides what their role allows.
 */
@RegisterRestClient(configKey = "content-api")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
public interface ContentAdminApi {

  @POST
  @Path("auth/token")
  @Consumes(MediaType.APPLICATION_JSON)
  TokenResponse signIn(SignInRequest credentials);

  @DELETE
  @Path("auth/token")
  void signOut();

  /** Every type and state together: the back office's content list. */
  @GET
  @Path("admin/content")
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

  // One item of a type; {collection} is advice, campaigns or pages (Content.collectionOf).

  @GET
  @Path("admin/{collection}/{slug}")
  Content item(@PathParam("collection") String collection, @PathParam("slug") String slug);

  @POST
  @Path("admin/{collection}")
  @Consumes(MediaType.APPLICATION_JSON)
  Content create(@PathParam("collection") String collection, ContentDraft draft);

  @PUT
  @Path("admin/{collection}/{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  Content update(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      ContentDraft draft);

  /** A workflow move: submit, publish, unpublish, return-to-draft, archive or discard-draft. */
  @POST
  @Path(
      "admin/{collection}/{slug}/{action:"
          + " submit|publish|unpublish|return-to-draft|archive|discard-draft}")
  Content act(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("action") String action,
      @HeaderParam("If-Match") String ifMatch);

  @POST
  @Path("admin/{collection}/{slug}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  Content schedule(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      ScheduleRequest schedule);

  /** A preview link to the item, for the signed-in member of staff only. */
  @POST
  @Path("admin/{collection}/{slug}/preview")
  PreviewLink preview(@PathParam("collection") String collection, @PathParam("slug") String slug);

  /** The item behind a preview link, as the public will see it. */
  @GET
  @Path("admin/preview/{token}")
  Content previewed(@PathParam("token") String token);

  @GET
  @Path("admin/{collection}/{slug}/checks")
  Page<ContentCheck> checks(
      @PathParam("collection") String collection, @PathParam("slug") String slug);

  @GET
  @Path("admin/{collection}/{slug}/revisions")
  Page<RevisionSummary> revisions(
      @PathParam("collection") String collection, @PathParam("slug") String slug);

  @GET
  @Path("admin/{collection}/{slug}/revisions/{from}/compare/{to}")
  RevisionComparison compare(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("from") int from,
      @PathParam("to") int to);

  @POST
  @Path("admin/{collection}/{slug}/revisions/{number}/restore")
  Content restore(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("number") int number,
      @HeaderParam("If-Match") String ifMatch);

  @DELETE
  @Path("admin/{collection}/{slug}")
  void delete(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch);

  @GET
  @Path("admin/audit")
  Page<AuditEntry> audit(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectRef") String subjectRef,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @GET
  @Path("admin/tokens")
  Page<ApiToken> tokens(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

  @POST
  @Path("admin/tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  ApiToken createToken(NewApiToken token);

  @POST
  @Path("admin/tokens/{id}/revoke")
  ApiToken revokeToken(@PathParam("id") String id);

  @GET
  @Path("admin/media")
  Page<MediaItem> media(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @GET
  @Path("admin/media/{id}")
  MediaItem mediaItem(@PathParam("id") String id);

  /**
   * Uploads one file with its parts {@code file}, {@code alt} and {@code title}. A GenericEntity,
   * because the rest client passes a bare entity without its generic type, and the multipart writer
   * needs to see {@code List<EntityPart>}.
   */
  @POST
  @Path("admin/media")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  MediaItem upload(GenericEntity<List<EntityPart>> parts);

  @PUT
  @Path("admin/media/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  MediaItem describeMedia(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      MediaDescription description);

  @DELETE
  @Path("admin/media/{id}")
  void deleteMedia(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

  @GET
  @Path("admin/webhooks")
  Page<Webhook> webhooks(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

  @POST
  @Path("admin/webhooks")
  @Consumes(MediaType.APPLICATION_JSON)
  CreatedWebhook createWebhook(WebhookForm webhook);

  @GET
  @Path("admin/webhooks/{id}")
  Webhook webhook(@PathParam("id") String id);

  @PUT
  @Path("admin/webhooks/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  Webhook updateWebhook(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, WebhookForm webhook);

  @DELETE
  @Path("admin/webhooks/{id}")
  void deleteWebhook(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

  @GET
  @Path("admin/webhooks/{id}/deliveries")
  Page<WebhookDelivery> deliveries(
      @PathParam("id") String id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @POST
  @Path("admin/webhooks/{id}/deliveries/{deliveryId}/retry")
  WebhookDelivery retryDelivery(
      @PathParam("id") String id, @PathParam("deliveryId") String deliveryId);

  @GET
  @Path("admin/wdbc/towns")
  Page<WdbcTown> wdbcTowns();

  @POST
  @Path("admin/wdbc/towns")
  @Consumes(MediaType.APPLICATION_JSON)
  WdbcTown addTown(TownDraft town);

  @PUT
  @Path("admin/wdbc/towns/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  WdbcTown changeTown(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TownDraft town);

  @DELETE
  @Path("admin/wdbc/towns/{id}")
  void removeTown(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch);

  @GET
  @Path("admin/wdbc/retailers")
  Page<WdbcRetailer> wdbcRetailers();

  @POST
  @Path("admin/wdbc/retailers")
  @Consumes(MediaType.APPLICATION_JSON)
  WdbcRetailer addRetailer(RetailerDraft retailer);

  @DELETE
  @Path("admin/wdbc/retailers/{id}")
  void removeRetailer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch);
}
