package uk.police.saferportal.content.media.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.media.control.MediaStore;
import uk.police.saferportal.content.media.entity.MediaItem;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * Serves the library's files to anyone. An address never changes its bytes (a new upload is a new
 * item with a new key), so browsers and proxies may keep a file for a year without asking again.
 */
@Path("media")
@Tag(name = "Media")
public class MediaResource {
  static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

  @Inject MediaStore store;

  @GET
  @Path("{key}/{fileName}")
  @Operation(summary = "One file of the media library, by the address given in its url")
  public Response file(
      @PathParam("key") String key,
      @PathParam("fileName") String fileName,
      @Context Request request) {
    MediaItem item =
        store
            .find(key)
            .filter(m -> m.fileName().equals(fileName))
            .orElseThrow(() -> ProblemException.notFound("The file"));
    EntityTag tag = new EntityTag(item.sha256());
    Response.ResponseBuilder notModified = HttpCaching.preconditions(request, tag);
    Response.ResponseBuilder response =
        notModified != null
            ? notModified
            : Response.ok(
                    store.bytes(item).orElseThrow(() -> ProblemException.notFound("The file")))
                .type(item.mediaType())
                .header(
                    "Content-Disposition",
                    disposition(item) + "; filename=\"" + item.fileName() + "\"");
    return response
        .tag(tag)
        .header("Cache-Control", CACHE_FOR_A_YEAR)
        .build(); // nosniff, the sandboxing policy: platform.boundary.SecurityHeaders
  }

  /**
   * Images are shown where they are used; a PDF is downloaded, not opened on the API's origin by
   * the browser's viewer, whatever it contains (issue 10).
   */
  static String disposition(MediaItem item) {
    return "application/pdf".equals(item.mediaType()) ? "attachment" : "inline";
  }
}
