package uk.police.saferportal.content.editorial.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.area.boundary.AreaView;
import uk.police.saferportal.content.area.boundary.TopicView;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Topic;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.control.PreviewLinks;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * Opens a preview link: the item, in any state, exactly as the public read will show it once
 * published (a published item's unpublished changes included). Only for the member of staff who
 * made the link (403 for anyone else), until it expires (410).
 */
@Path("admin/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content (staff)")
@SecurityRequirement(name = "bearer")
public class PreviewResource {
  @Inject PreviewLinks previews;
  @Inject Caller caller;
  @Inject AreaDirectory directory;
  @Inject ContentTypes types;

  @GET
  @Path("{token}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "The item behind a preview link, as the public will see it")
  public Response open(@PathParam("token") String token) {
    ContentItem item = previews.open(token, caller.username());
    ContentSnapshot working = ContentSnapshot.working(item);
    ContentView view =
        ContentView.preview(
            item,
            types.of(item),
            working,
            directory.topics(working.topics(), "topics").stream()
                .sorted(java.util.Comparator.comparingInt(Topic::position))
                .map(TopicView::of)
                .toList(),
            directory.areas(working.areas(), "areas").stream()
                .sorted(java.util.Comparator.comparingInt(Area::position))
                .map(AreaView::of)
                .toList());
    return Response.ok(view.json()).cacheControl(HttpCaching.noStore()).build();
  }
}
