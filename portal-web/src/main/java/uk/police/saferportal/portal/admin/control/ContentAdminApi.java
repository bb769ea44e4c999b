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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.admin.entity.AdviceDraft;
import uk.police.saferportal.portal.admin.entity.AuditEntry;
import uk.police.saferportal.portal.admin.entity.ContentCheck;
import uk.police.saferportal.portal.admin.entity.CreatedWebhook;
import uk.police.saferportal.portal.admin.entity.RevisionComparison;
import uk.police.saferportal.portal.admin.entity.RevisionSummary;
import uk.police.saferportal.portal.admin.entity.ScheduleRequest;
import uk.police.saferportal.portal.admin.entity.SignInRequest;
import uk.police.saferportal.portal.admin.entity.TokenResponse;
import uk.police.saferportal.portal.admin.entity.Webhook;
import uk.police.saferportal.portal.admin.entity.WebhookDelivery;
import uk.police.saferportal.portal.admin.entity.WebhookForm;
import uk.police.saferportal.portal.advice.entity.Advice;
import uk.police.saferportal.portal.platform.control.ProblemResponseMapper;
import uk.police.saferportal.portal.platform.entity.Page;

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

  @GET
  @Path("admin/advice")
  Page<Advice> advice(
      @QueryParam("state") String state,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort);

  @GET
  @Path("admin/advice/{slug}")
  Advice article(@PathParam("slug") String slug);

  @POST
  @Path("admin/advice")
  @Consumes(MediaType.APPLICATION_JSON)
  Advice create(AdviceDraft draft);

  @PUT
  @Path("admin/advice/{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  Advice update(
      @PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, AdviceDraft draft);

  @POST
  @Path("admin/advice/{slug}/publish")
  Advice publish(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);

  @POST
  @Path("admin/advice/{slug}/unpublish")
  Advice unpublish(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);

  @POST
  @Path("admin/advice/{slug}/submit")
  Advice submit(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);

  @POST
  @Path("admin/advice/{slug}/return-to-draft")
  Advice returnToDraft(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);

  @POST
  @Path("admin/advice/{slug}/archive")
  Advice archive(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);

  @POST
  @Path("admin/advice/{slug}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  Advice schedule(
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      ScheduleRequest schedule);

  @GET
  @Path("admin/advice/{slug}/checks")
  Page<ContentCheck> checks(@PathParam("slug") String slug);

  @GET
  @Path("admin/advice/{slug}/revisions")
  Page<RevisionSummary> revisions(@PathParam("slug") String slug);

  @GET
  @Path("admin/advice/{slug}/revisions/{from}/compare/{to}")
  RevisionComparison compare(
      @PathParam("slug") String slug, @PathParam("from") int from, @PathParam("to") int to);

  @POST
  @Path("admin/advice/{slug}/revisions/{number}/restore")
  Advice restore(
      @PathParam("slug") String slug,
      @PathParam("number") int number,
      @HeaderParam("If-Match") String ifMatch);

  @GET
  @Path("admin/audit")
  Page<AuditEntry> audit(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectRef") String subjectRef,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @DELETE
  @Path("admin/advice/{slug}")
  void delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);

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
}
