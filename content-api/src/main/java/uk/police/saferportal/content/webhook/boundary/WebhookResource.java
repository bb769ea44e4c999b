package uk.police.saferportal.content.webhook.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;
import uk.police.saferportal.content.webhook.control.WebhookDesk;
import uk.police.saferportal.content.webhook.control.WebhookSender;
import uk.police.saferportal.content.webhook.control.WebhookStore;
import uk.police.saferportal.content.webhook.entity.Webhook;

/**
 * Administrators subscribe outside systems to content events, read each webhook's delivery log and
 * send a delivery again. The signing secret is answered once, at creation.
 */
@Path("admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearer")
public class WebhookResource {
  @Inject WebhookStore store;
  @Inject WebhookDesk desk;
  @Inject WebhookSender sender;
  @Inject Caller caller;

  @GET
  @RequiresPermissions(Permissions.WEBHOOKS_MANAGE)
  @Operation(summary = "Every webhook, oldest first")
  public Response list(
      @QueryParam("page") String page, @QueryParam("size") String size, @Context Request request) {
    return HttpCaching.privateRead(
        request, store.page(PageRequest.parse(page, size)).map(WebhookView::of));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.WEBHOOKS_MANAGE)
  @Operation(
      summary = "Create a webhook",
      description =
          "Answers the signing secret this once. Each delivery is a POST of JSON with the headers"
              + " X-SaferPortal-Event, X-SaferPortal-Delivery, X-SaferPortal-Timestamp and"
              + " X-SaferPortal-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + '.' +"
              + " body)).")
  public Response create(
      @Valid @NotNull(message = "Send the webhook as JSON") WebhookRequest request,
      @Context UriInfo uri) {
    var created = desk.create(request.name(), request.url(), request.events(), caller.username());
    return Response.created(uri.getAbsolutePathBuilder().path(created.webhook().id()).build())
        .entity(CreatedWebhookView.of(created))
        .tag(VersionTags.of(created.webhook().version()))
        .cacheControl(HttpCaching.noStore())
        .build();
  }

  @GET
  @Path("{id}")
  @RequiresPermissions(Permissions.WEBHOOKS_MANAGE)
  @Operation(summary = "One webhook; its ETag is the version to send in If-Match")
  public Response webhook(@PathParam("id") String id) {
    return staffRead(store.find(id).orElseThrow(() -> ProblemException.notFound("Webhook")));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.WEBHOOKS_MANAGE)
  @Operation(summary = "Change a webhook's name, address, events or pause it; needs If-Match")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = "Send the webhook as JSON") WebhookRequest request) {
    long version = VersionTags.required(ifMatch);
    Webhook webhook =
        desk.change(
            id,
            version,
            request.name(),
            request.url(),
            request.events(),
            request.active() == null || request.active(),
            caller.username());
    return staffRead(webhook);
  }

  @DELETE
  @Path("{id}")
  @RequiresPermissions(Permissions.WEBHOOKS_MANAGE)
  @Operation(summary = "Delete a webhook and its delivery log")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    desk.delete(id, VersionTags.optional(ifMatch), caller.username());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  @RequiresPermissions(Permissions.WEBHOOKS_MANAGE)
  @Operation(summary = "The delivery log of a webhook, newest first")
  public Response deliveries(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context Request request) {
    Webhook webhook = store.find(id).orElseThrow(() -> ProblemException.notFound("Webhook"));
    return HttpCaching.privateRead(
        request,
        store.deliveries(webhook.id(), PageRequest.parse(page, size)).map(DeliveryView::of));
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/retry")
  @RequiresPermissions(Permissions.WEBHOOKS_MANAGE)
  @Operation(summary = "Send a delivery again now")
  public Response retry(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    var delivery = desk.retry(id, deliveryId, caller.username());
    sender.kick();
    return Response.accepted(DeliveryView.of(delivery)).cacheControl(HttpCaching.noStore()).build();
  }

  private static Response staffRead(Webhook webhook) {
    return Response.ok(WebhookView.of(webhook))
        .tag(VersionTags.of(webhook.version()))
        .cacheControl(HttpCaching.noStore())
        .build();
  }
}
