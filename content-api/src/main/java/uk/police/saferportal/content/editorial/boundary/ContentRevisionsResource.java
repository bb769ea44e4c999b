package uk.police.saferportal.content.editorial.boundary;

import jakarta.inject.Inject;
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
import uk.police.saferportal.content.editorial.control.ContentRevisions;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.Revision;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * The saved versions of every content type's items, at {@code
 * /admin/<collection>/<slug>/revisions}: the history, one version, two compared, and restoring one.
 */
@Path("admin/{collection}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content (staff)")
@SecurityRequirement(name = "bearer")
public class ContentRevisionsResource {
  @Inject ContentRevisions revisions;
  @Inject ContentTypes types;
  @Inject Caller caller;
  @Inject StaffItemAnswer answer;

  @GET
  @Path("{slug}/revisions")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Every saved version, newest first")
  public Page<RevisionView> revisions(
      @PathParam("collection") String collection, @PathParam("slug") String slug) {
    var items =
        revisions.history(types.ofCollection(collection), slug).stream()
            .map(RevisionView::summary)
            .toList();
    return Page.of(
        items,
        new PageRequest(1, Math.max(1, Math.min(PageRequest.MAX_SIZE, items.size()))),
        items.size());
  }

  @GET
  @Path("{slug}/revisions/{number}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "One saved version with its content")
  public RevisionView revision(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("number") int number) {
    Revision revision = revisions.revision(types.ofCollection(collection), slug, number);
    return RevisionView.full(revision, ContentRevisions.snapshotOf(revision));
  }

  @GET
  @Path("{slug}/revisions/{from}/compare/{to}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Compare two saved versions, field by field and word by word")
  public RevisionComparison compare(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("from") int from,
      @PathParam("to") int to) {
    ContentType type = types.ofCollection(collection);
    return RevisionComparison.of(
        from,
        ContentRevisions.snapshotOf(revisions.revision(type, slug, from)),
        to,
        ContentRevisions.snapshotOf(revisions.revision(type, slug, to)));
  }

  @POST
  @Path("{slug}/revisions/{number}/restore")
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Make an older version the current content again (kept as a new revision)")
  public Response restore(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @PathParam("number") int number,
      @HeaderParam("If-Match") String ifMatch) {
    ContentType type = types.ofCollection(collection);
    ContentItem item =
        revisions.restore(type, slug, number, VersionTags.required(ifMatch), caller.username());
    return answer.ok(item, type);
  }
}
