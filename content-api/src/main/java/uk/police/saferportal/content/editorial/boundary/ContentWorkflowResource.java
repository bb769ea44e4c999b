package uk.police.saferportal.content.editorial.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.editorial.control.ContentEditing;
import uk.police.saferportal.content.editorial.control.ContentPublication;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.entity.ContentCheck;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * The publication workflow of every content type, at {@code /admin/<collection>/<slug>/<move>}: one
 * endpoint per move, each requiring the permission its {@link EditorialAction} names, scheduling,
 * discarding a published item's unpublished changes, and the publishing checks.
 */
@Path("admin/{collection}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content (staff)")
@SecurityRequirement(name = "bearer")
public class ContentWorkflowResource {
  @Inject ContentPublication publication;
  @Inject ContentEditing editing;
  @Inject ContentTypes types;
  @Inject Caller caller;
  @Inject StaffItemAnswer answer;

  @POST
  @Path("{slug}/submit")
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(
      summary =
          "Submit a draft, or a published item's unpublished changes, for a publisher's review")
  public Response submit(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    return act(collection, slug, EditorialAction.SUBMIT, ifMatch);
  }

  @POST
  @Path("{slug}/publish")
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(summary = "Publish: the public sees it at once")
  public Response publish(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    return act(collection, slug, EditorialAction.PUBLISH, ifMatch);
  }

  @POST
  @Path("{slug}/unpublish")
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(summary = "Take off the public site; it becomes a draft again")
  public Response unpublish(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    return act(collection, slug, EditorialAction.UNPUBLISH, ifMatch);
  }

  @POST
  @Path("{slug}/return-to-draft")
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(
      summary =
          "Send an item in review, scheduled or archived back to draft; on a published item, send"
              + " its changes in review back to their editor")
  public Response returnToDraft(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    return act(collection, slug, EditorialAction.RETURN_TO_DRAFT, ifMatch);
  }

  @POST
  @Path("{slug}/archive")
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(summary = "Archive: off the public site, kept for the record")
  public Response archive(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    return act(collection, slug, EditorialAction.ARCHIVE, ifMatch);
  }

  @POST
  @Path("{slug}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(
      summary = "Schedule publication and optionally its end",
      description =
          "The application publishes at publishAt and archives at unpublishAt, once, even with"
              + " several instances, and catches up after a restart.")
  public Response schedule(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Send publishAt and optionally unpublishAt") ScheduleRequest request) {
    if (request.publishAt() == null && request.unpublishAt() == null) {
      throw ProblemException.invalidField("publishAt", "Enter when to publish");
    }
    ContentType type = types.ofCollection(collection);
    ContentItem item =
        publication.schedule(
            type,
            slug,
            request.publishAt(),
            request.unpublishAt(),
            VersionTags.optional(ifMatch),
            caller.username());
    return answer.ok(item, type);
  }

  @POST
  @Path("{slug}/discard-draft")
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Drop the unpublished changes of a published item; the public page stays")
  public Response discardDraft(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    ContentType type = types.ofCollection(collection);
    ContentItem item =
        editing.discardWorkingDraft(type, slug, VersionTags.optional(ifMatch), caller.username());
    return answer.ok(item, type);
  }

  @GET
  @Path("{slug}/checks")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "The publishing checks: what blocks publication and what is only a warning")
  public Page<ContentCheck> checks(
      @PathParam("collection") String collection, @PathParam("slug") String slug) {
    var items = publication.checks(types.ofCollection(collection), slug);
    return Page.of(items, new PageRequest(1, PageRequest.MAX_SIZE), items.size());
  }

  private Response act(String collection, String slug, EditorialAction action, String ifMatch) {
    ContentType type = types.ofCollection(collection);
    ContentItem item =
        publication.act(type, slug, action, VersionTags.optional(ifMatch), caller.username());
    return answer.ok(item, type);
  }
}
