package uk.police.saferportal.content.editorial.boundary;

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
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.campaign.entity.Campaign;
import uk.police.saferportal.content.campaign.entity.CampaignDetails;
import uk.police.saferportal.content.editorial.control.ContentDesk;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.editorial.control.PreviewLinks;
import uk.police.saferportal.content.editorial.entity.ContentCheck;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.editorial.entity.Revision;
import uk.police.saferportal.content.editorial.entity.Slug;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * The staff side of every content type, the same for each, at {@code /admin/advice}, {@code
 * /admin/campaigns} and {@code /admin/pages}: search in any state, read one, create, update, the
 * workflow moves (one endpoint per move, each with its own permission), schedule, publishing
 * checks, revisions, compare, restore, delete.
 */
@Path("admin/{collection: " + ContentTypes.COLLECTIONS + "}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content (staff)")
@SecurityRequirement(name = "bearer")
public class EditorialAdminResource {
  @Inject ContentStore store;
  @Inject ContentDesk desk;
  @Inject ContentQueries queries;
  @Inject ContentFieldsReader reader;
  @Inject Caller caller;
  @Inject PreviewLinks previews;

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
    var query =
        queries.parse(
            Optional.of(ContentItem.typeName(ContentTypes.of(collection))),
            ContentQueries.state(state),
            topic,
            area,
            author,
            q,
            page,
            size,
            sort,
            "-updated");
    return HttpCaching.privateRead(request, store.search(query).map(ContentView::staffListItem));
  }

  @GET
  @Path("{slug}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "One item in any state; its ETag is the version to send in If-Match")
  public Response item(@PathParam("collection") String collection, @PathParam("slug") String slug) {
    ContentItem item =
        store
            .find(ContentTypes.of(collection), slug)
            .orElseThrow(
                () -> ProblemException.notFound(ContentItem.label(ContentTypes.of(collection))));
    return staffRead(item, Response.ok()).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Write a new draft")
  public Response create(
      @PathParam("collection") String collection,
      @Valid @NotNull(message = "Send the content as JSON") ContentDraft draft,
      @Context UriInfo uri) {
    Class<? extends ContentItem> type = ContentTypes.of(collection);
    ContentFields fields = fields(draft);
    CampaignDetails details = details(type, draft);
    String author = caller.username();
    ContentItem item = create(type, draft, fields, details, author);
    return staffRead(item, Response.created(uri.getAbsolutePathBuilder().path(item.slug()).build()))
        .build();
  }

  private <T extends ContentItem> T create(
      Class<T> type,
      ContentDraft draft,
      ContentFields fields,
      CampaignDetails details,
      String author) {
    return desk.create(
        type,
        Optional.ofNullable(draft.slug()).map(Slug::new),
        fields.title(),
        (slug, now) -> type.cast(ContentTypes.make(type, slug, fields, details, author, now)),
        author);
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
      @Valid @NotNull(message = "Send the content as JSON") ContentDraft draft) {
    long version = VersionTags.required(ifMatch);
    sameSlug(slug, draft.slug());
    Class<? extends ContentItem> type = ContentTypes.of(collection);
    ContentFields fields = fields(draft);
    CampaignDetails details = details(type, draft);
    String editor = caller.username();
    ContentItem item =
        desk.revise(
            type,
            slug,
            version,
            fields,
            type == Campaign.class ? Campaign.detailsOf(details) : Map.of(),
            editor);
    return staffRead(item, Response.ok()).build();
  }

  private ContentFields fields(ContentDraft draft) {
    return reader.read(
        draft.title(),
        draft.summary(),
        draft.body(),
        draft.topics(),
        draft.areas(),
        draft.contentNote());
  }

  /** A campaign's own fields, checked; other types must not send any. */
  private static CampaignDetails details(Class<? extends ContentItem> type, ContentDraft draft) {
    if (type == Campaign.class) {
      return draft.details();
    }
    if (draft.hasCampaignFields()) {
      throw ProblemException.invalidField(
          "heroImage", "Only campaign pages have a hero image, call to action and dates");
    }
    return CampaignDetails.none();
  }

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
    ContentItem item =
        desk.schedule(
            ContentTypes.of(collection),
            slug,
            request.publishAt(),
            request.unpublishAt(),
            VersionTags.optional(ifMatch),
            caller.username());
    return staffRead(item, Response.ok()).build();
  }

  @POST
  @Path("{slug}/discard-draft")
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Drop the unpublished changes of a published item; the public page stays")
  public Response discardDraft(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    ContentItem item =
        desk.discardWorkingDraft(
            ContentTypes.of(collection), slug, VersionTags.optional(ifMatch), caller.username());
    return staffRead(item, Response.ok()).build();
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
    ContentItem item =
        store
            .find(ContentTypes.of(collection), slug)
            .orElseThrow(
                () -> ProblemException.notFound(ContentItem.label(ContentTypes.of(collection))));
    PreviewLinks.Issued link = previews.issue(item, caller.username());
    return Response.status(Response.Status.CREATED)
        .entity(new PreviewLinkView(link.token(), link.expiresAt()))
        .cacheControl(HttpCaching.noStore())
        .build();
  }

  /** A preview link just made. */
  public record PreviewLinkView(String token, java.time.Instant expiresAt) {}

  @GET
  @Path("{slug}/checks")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "The publishing checks: what blocks publication and what is only a warning")
  public Page<ContentCheck> checks(
      @PathParam("collection") String collection, @PathParam("slug") String slug) {
    var items = desk.checks(ContentTypes.of(collection), slug);
    return Page.of(items, new PageRequest(1, PageRequest.MAX_SIZE), items.size());
  }

  @GET
  @Path("{slug}/revisions")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Every saved version, newest first")
  public Page<RevisionView> revisions(
      @PathParam("collection") String collection, @PathParam("slug") String slug) {
    var items =
        desk.history(ContentTypes.of(collection), slug).stream()
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
    Revision revision = desk.revision(ContentTypes.of(collection), slug, number);
    return RevisionView.full(revision, ContentDesk.snapshotOf(revision));
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
    return RevisionComparison.of(
        from,
        ContentDesk.snapshotOf(desk.revision(ContentTypes.of(collection), slug, from)),
        to,
        ContentDesk.snapshotOf(desk.revision(ContentTypes.of(collection), slug, to)));
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
    ContentItem item =
        desk.restore(
            ContentTypes.of(collection),
            slug,
            number,
            VersionTags.required(ifMatch),
            caller.username());
    return staffRead(item, Response.ok()).build();
  }

  @DELETE
  @Path("{slug}")
  @RequiresPermissions(Permissions.CONTENT_DELETE)
  @Operation(summary = "Delete for good")
  public Response delete(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch) {
    desk.delete(
        ContentTypes.of(collection), slug, VersionTags.optional(ifMatch), caller.username());
    return Response.noContent().build();
  }

  /** Refuses a body whose slug differs from the address: slugs never change. */
  private static void sameSlug(String slug, String sent) {
    if (sent != null && !sent.equals(slug)) {
      throw ProblemException.invalidField("slug", "The slug cannot be changed");
    }
  }

  private Response act(String collection, String slug, EditorialAction action, String ifMatch) {
    ContentItem item =
        desk.act(
            ContentTypes.of(collection),
            slug,
            action,
            VersionTags.optional(ifMatch),
            caller.username());
    return staffRead(item, Response.ok()).build();
  }

  /** The staff answer for one item: its detail, version as ETag, never cached. */
  private static Response.ResponseBuilder staffRead(
      ContentItem item, Response.ResponseBuilder response) {
    return response
        .entity(ContentView.staffDetail(item))
        .tag(VersionTags.of(item.version()))
        .cacheControl(HttpCaching.noStore());
  }
}
