package uk.police.saferportal.content.editorial.boundary;

import jakarta.inject.Inject;
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
import java.time.Instant;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.editorial.control.ContentEditing;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.control.PreviewLinks;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.platform.control.UniqueViolation;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * The items of every content type for staff, at {@code /admin/<collection>}: search in any state,
 * read one, create, change, delete, and make a preview link. The workflow moves and the revisions
 * of the same items are {@link ContentWorkflowResource} and {@link ContentRevisionsResource}.
 */
@Path("admin/{collection}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content (staff)")
@SecurityRequirement(name = "bearer")
public class ContentItemsResource {
  @Inject ContentStore store;
  @Inject ContentEditing editing;
  @Inject ContentTypes types;
  @Inject ContentQueries queries;
  @Inject ContentDraftReader drafts;
  @Inject Caller caller;
  @Inject PreviewLinks previews;
  @Inject StaffItemAnswer answer;

  @GET
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Search all items of this type, drafts included")
  public Response search(
      @PathParam("collection") String collection,
      @QueryParam("state") String state,
      @QueryParam("topic") String topic,
      @QueryParam("area") String area,
      @QueryParam("author") String author,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @Context Request request) {
    ContentType type = types.ofCollection(collection);
    var query =
        queries.parse(
            Optional.of(type.name()),
            ContentQueries.state(state),
            topic,
            area,
            author,
            q,
            page,
            size,
            sort,
            "-updated");
    return HttpCaching.privateRead(
        request, store.search(query).map(c -> ContentView.staffListItem(c, type).json()));
  }

  @GET
  @Path("{slug}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(
      summary = "One item in any state; its ETag is the version to send in If-Match",
      description = "allowedActions lists the workflow moves the caller may take on it now.")
  public Response item(@PathParam("collection") String collection, @PathParam("slug") String slug) {
    ContentType type = types.ofCollection(collection);
    return answer.ok(existing(type, slug), type);
  }

  /** How often a create whose slug is made from the title tries again after a race. */
  private static final int CREATE_ATTEMPTS = 4;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Write a new draft; a type's own fields come as one object (campaign)")
  public Response create(
      @PathParam("collection") String collection, String body, @Context UriInfo uri) {
    ContentType type = types.ofCollection(collection);
    ContentDraftReader.Read draft = drafts.read(type, body);
    ContentItem item = null;
    for (int attempt = 1; item == null; attempt++) {
      try {
        item =
            editing.create(
                type,
                Optional.ofNullable(draft.slug()).map(Slug::new),
                draft.fields(),
                draft.details(),
                caller.username());
      } catch (RuntimeException e) {
        // a slug made from the title was taken at the same moment by another create: the next
        // attempt (a new transaction) sees it and takes the next number; a requested slug is 409
        if (draft.slug() != null || attempt == CREATE_ATTEMPTS || !UniqueViolation.causes(e)) {
          throw e;
        }
      }
    }
    return answer
        .of(item, type, Response.created(uri.getAbsolutePathBuilder().path(item.slug()).build()))
        .build();
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Change an item; needs If-Match with the version last read")
  public Response update(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    ContentType type = types.ofCollection(collection);
    ContentDraftReader.Read draft = drafts.read(type, body);
    long version = VersionTags.required(ifMatch);
    if (draft.slug() != null && !draft.slug().equals(slug)) {
      throw ProblemException.invalidField("slug", "The slug cannot be changed");
    }
    ContentItem item =
        editing.revise(type, slug, version, draft.fields(), draft.details(), caller.username());
    return answer.ok(item, type);
  }

  @DELETE
  @Path("{slug}")
  @RequiresPermissions(Permissions.CONTENT_DELETE)
  @Operation(summary = "Delete for good")
  public Response delete(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    editing.delete(
        types.ofCollection(collection), slug, VersionTags.optional(ifMatch), caller.username());
    return Response.noContent().build();
  }

  @POST
  @Path("{slug}/preview")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(
      summary = "Make a preview link: the item as the public will see it, for you only",
      description =
          "The token is shown once. It works only for the member of staff who made it, until"
              + " expiresAt (saferportal.preview.ttl-seconds, default an hour).")
  public Response preview(
      @PathParam("collection") String collection, @PathParam("slug") String slug) {
    ContentItem item = existing(types.ofCollection(collection), slug);
    PreviewLinks.Issued link = previews.issue(item, caller.username());
    return Response.status(Response.Status.CREATED)
        .entity(new PreviewLinkView(link.token(), link.expiresAt()))
        .cacheControl(HttpCaching.noStore())
        .build();
  }

  /** A preview link just made. */
  public record PreviewLinkView(String token, Instant expiresAt) {}

  private ContentItem existing(ContentType type, String slug) {
    return store
        .find(type.entity(), slug)
        .orElseThrow(() -> ProblemException.notFound(type.label()));
  }
}
