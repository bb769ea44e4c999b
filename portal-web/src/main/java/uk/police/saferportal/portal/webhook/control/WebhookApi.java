package uk.police.saferportal.portal.webhook.control;

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
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.staff.control.StaffResponseMapper;
import uk.police.saferportal.portal.staff.control.StaffTokenHeaders;
import uk.police.saferportal.portal.webhook.entity.CreatedWebhook;
import uk.police.saferportal.portal.webhook.entity.Webhook;
import uk.police.saferportal.portal.webhook.entity.WebhookDelivery;
import uk.police.saferportal.portal.webhook.entity.WebhookForm;

/** Webhooks and their delivery logs, for administrators. */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient(staff = true)
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(StaffResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("admin/webhooks")
public interface WebhookApi {

  @GET
  Page<Webhook> webhooks(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  CreatedWebhook create(WebhookForm webhook);

  @GET
  @Path("{id}")
  Webhook webhook(@PathParam("id") String id);

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  Webhook update(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, WebhookForm webhook);

  @DELETE
  @Path("{id}")
  void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

  @GET
  @Path("{id}/deliveries")
  Page<WebhookDelivery> deliveries(
      @PathParam("id") String id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @POST
  @Path("{id}/deliveries/{deliveryId}/retry")
  WebhookDelivery retryDelivery(
      @PathParam("id") String id, @PathParam("deliveryId") String deliveryId);
}
