package uk.police.saferportal.content.editorial.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * The back office's content list: every type and state together, filtered by type, state, topic,
 * area, author (who created it) and text.
 */
@Path("admin/content")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content (staff)")
@SecurityRequirement(name = "bearer")
public class ContentAdminResource {
  @Inject ContentStore store;
  @Inject ContentQueries queries;
  @Inject ContentTypes types;

  @GET
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Search all content of every type, drafts included")
  public Response search(
      @QueryParam("type") String type,
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
            queries.type(type),
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
        request, store.search(query).map(c -> ContentView.staffListItem(c, types.of(c)).json()));
  }
}
