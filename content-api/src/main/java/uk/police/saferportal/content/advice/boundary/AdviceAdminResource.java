package uk.police.saferportal.content.advice.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.advice.control.AdviceDesk;
import uk.police.saferportal.content.advice.control.AdviceStore;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.advice.entity.AdviceContent;
import uk.police.saferportal.content.advice.entity.AdviceSnapshot;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.editorial.control.RichTextSanitiser;
import uk.police.saferportal.content.editorial.entity.ContentCheck;
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

/** The staff side of advice: every state, and the writes. Each method names its permission. */
@Path("admin/advice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Advice (staff)")
@SecurityRequirement(name = "bearer")
public class AdviceAdminResource {
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject AdviceStore store;
  @Inject AdviceDesk desk;
  @Inject AdviceQueries queries;
  @Inject AreaDirectory directory;
  @Inject Caller caller;

  @GET
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Search all advice, drafts included")
  public Response search(
      @QueryParam("state") String state,
      @QueryParam("topic") String topic,
      @QueryParam("area") String area,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @Context Request request) {
    var query =
        queries.parse(AdviceQueries.state(state), topic, area, q, page, size, sort, "-updated");
    return HttpCaching.privateRead(request, store.search(query).map(AdviceView::staffListItem));
  }

  @GET
  @Path("{slug}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "One article in any state; its ETag is the version to send in If-Match")
  public Response article(@PathParam("slug") String slug) {
    Advice advice = store.find(slug).orElseThrow(() -> ProblemException.notFound("Advice"));
    return staffRead(advice, Response.ok()).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Write a new draft article")
  public Response create(
      @Valid @NotNull(message = "Send the article as JSON") AdviceDraft draft,
      @Context UriInfo uri) {
    Advice advice =
        desk.create(
            Optional.ofNullable(draft.slug()).map(Slug::new), content(draft), caller.username());
    return staffRead(
            advice, Response.created(uri.getAbsolutePathBuilder().path(advice.slug()).build()))
        .build();
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Change an article; needs If-Match with the version last read")
  public Response update(
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = "Send the article as JSON") AdviceDraft draft) {
    long version = VersionTags.required(ifMatch);
    if (draft.slug() != null && !draft.slug().equals(slug)) {
      throw ProblemException.invalidField("slug", "The slug of an article cannot be changed");
    }
    Advice advice = desk.revise(slug, version, content(draft), caller.username());
    return staffRead(advice, Response.ok()).build();
  }

  @POST
  @Path("{slug}/submit")
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Submit a draft for a publisher's review")
  public Response submit(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
    return act(slug, EditorialAction.SUBMIT, ifMatch);
  }

  @POST
  @Path("{slug}/publish")
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(summary = "Publish an article: the public sees it at once")
  public Response publish(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
    return act(slug, EditorialAction.PUBLISH, ifMatch);
  }

  @POST
  @Path("{slug}/unpublish")
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(summary = "Take an article off the public site; it becomes a draft again")
  public Response unpublish(
      @PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
    return act(slug, EditorialAction.UNPUBLISH, ifMatch);
  }

  @POST
  @Path("{slug}/return-to-draft")
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(summary = "Send an article in review, scheduled or archived back to draft")
  public Response returnToDraft(
      @PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
    return act(slug, EditorialAction.RETURN_TO_DRAFT, ifMatch);
  }

  @POST
  @Path("{slug}/archive")
  @RequiresPermissions(Permissions.CONTENT_PUBLISH)
  @Operation(summary = "Archive an article: off the public site, kept for the record")
  public Response archive(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
    return act(slug, EditorialAction.ARCHIVE, ifMatch);
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
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Send publishAt and optionally unpublishAt") ScheduleRequest request) {
    if (request.publishAt() == null && request.unpublishAt() == null) {
      throw ProblemException.invalidField("publishAt", "Enter when to publish");
    }
    Advice advice =
        desk.schedule(
            slug,
            request.publishAt(),
            request.unpublishAt(),
            VersionTags.optional(ifMatch),
            caller.username());
    return staffRead(advice, Response.ok()).build();
  }

  @GET
  @Path("{slug}/checks")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "The publishing checks: what blocks publication and what is only a warning")
  public Page<ContentCheck> checks(@PathParam("slug") String slug) {
    var items = desk.checks(slug);
    return Page.of(items, new PageRequest(1, PageRequest.MAX_SIZE), items.size());
  }

  @GET
  @Path("{slug}/revisions")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Every saved version of an article, newest first")
  public Page<RevisionView> revisions(@PathParam("slug") String slug) {
    var items = desk.history(slug).stream().map(RevisionView::summary).toList();
    return Page.of(
        items,
        new PageRequest(1, Math.max(1, Math.min(PageRequest.MAX_SIZE, items.size()))),
        items.size());
  }

  @GET
  @Path("{slug}/revisions/{number}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "One saved version with its content")
  public RevisionView revision(@PathParam("slug") String slug, @PathParam("number") int number) {
    Revision revision = desk.revision(slug, number);
    return RevisionView.full(revision, JSONB.fromJson(revision.snapshot(), AdviceSnapshot.class));
  }

  @GET
  @Path("{slug}/revisions/{from}/compare/{to}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Compare two saved versions, field by field and word by word")
  public RevisionComparison compare(
      @PathParam("slug") String slug, @PathParam("from") int from, @PathParam("to") int to) {
    AdviceSnapshot before =
        JSONB.fromJson(desk.revision(slug, from).snapshot(), AdviceSnapshot.class);
    AdviceSnapshot after = JSONB.fromJson(desk.revision(slug, to).snapshot(), AdviceSnapshot.class);
    return RevisionComparison.of(from, before, to, after);
  }

  @POST
  @Path("{slug}/revisions/{number}/restore")
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Make an older version the current content again (kept as a new revision)")
  public Response restore(
      @PathParam("slug") String slug,
      @PathParam("number") int number,
      @HeaderParam("If-Match") String ifMatch) {
    Advice advice = desk.restore(slug, number, VersionTags.required(ifMatch), caller.username());
    return staffRead(advice, Response.ok()).build();
  }

  private Response act(String slug, EditorialAction action, String ifMatch) {
    Advice advice = desk.act(slug, action, VersionTags.optional(ifMatch), caller.username());
    return staffRead(advice, Response.ok()).build();
  }

  @DELETE
  @Path("{slug}")
  @RequiresPermissions(Permissions.CONTENT_DELETE)
  @Operation(summary = "Delete an article for good")
  public Response delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
    desk.delete(slug, VersionTags.optional(ifMatch), caller.username());
    return Response.noContent().build();
  }

  private AdviceContent content(AdviceDraft draft) {
    String body = RichTextSanitiser.sanitise(draft.body());
    if (body.isBlank()) {
      throw ProblemException.invalidField(
          "body", "The body has no text left once unsafe HTML is removed. Enter the article text");
    }
    return new AdviceContent(
        draft.title().trim(),
        draft.summary().trim(),
        body,
        directory.topics(draft.topics(), "topics"),
        directory.areas(draft.areas(), "areas"));
  }

  private static Response.ResponseBuilder staffRead(
      Advice advice, Response.ResponseBuilder response) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return response
        .entity(AdviceView.staffDetail(advice))
        .tag(VersionTags.of(advice.version()))
        .cacheControl(noStore);
  }
}
