package uk.police.saferportal.content.editorial.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.editorial.control.PreviewLinks;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * Opens a preview link: the item, in any state, exactly as the public read would show it. Only for
 * the member of staff who made the link (403 for anyone else), until it expires (410).
 */
@Path("admin/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content (staff)")
@SecurityRequirement(name = "bearer")
public class PreviewResource {
  @Inject PreviewLinks previews;
  @Inject Caller caller;

  @GET
  @Path("{token}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "The item behind a preview link, as the public will see it")
  public Response open(@PathParam("token") String token) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return Response.ok(ContentView.publicDetail(previews.open(token, caller.username())))
        .cacheControl(noStore)
        .build();
  }
}
