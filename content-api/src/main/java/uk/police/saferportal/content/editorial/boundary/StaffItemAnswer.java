package uk.police.saferportal.content.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import uk.police.saferportal.content.editorial.entity.AllowedActions;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.security.boundary.Caller;

/**
 * The staff answer for one item, the same after a read, an edit or a move: its detail with the
 * moves the caller may take now ({@link AllowedActions}), its version as ETag, never cached.
 */
@ApplicationScoped
class StaffItemAnswer {
  @Inject Caller caller;

  Response.ResponseBuilder of(
      ContentItem item, ContentType type, Response.ResponseBuilder response) {
    return response
        .entity(
            ContentView.staffDetail(item, type, AllowedActions.of(item, caller::isPermitted))
                .json())
        .tag(VersionTags.of(item.version()))
        .cacheControl(HttpCaching.noStore());
  }

  Response ok(ContentItem item, ContentType type) {
    return of(item, type, Response.ok()).build();
  }
}
