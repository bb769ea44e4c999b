package uk.police.saferportal.content.media.boundary;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.media.control.MediaLibrary;
import uk.police.saferportal.content.media.control.MediaStore;
import uk.police.saferportal.content.media.entity.ContentUse;
import uk.police.saferportal.content.media.entity.MediaItem;
import uk.police.saferportal.content.media.entity.MediaKind;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.boundary.PayloadLimit;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * The staff side of the media library: upload, find, describe and delete files. Uploads are the one
 * body the payload limit lets past its usual size (up to saferportal.media.max-bytes).
 */
@Path("admin/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media (staff)")
@SecurityRequirement(name = "bearer")
public class MediaAdminResource {
  private static final int MAX_TEXT_PART_BYTES = 4096;

  @Inject MediaLibrary library;
  @Inject MediaStore store;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "saferportal.media.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(
      summary = "Upload one image or document",
      description =
          "multipart/form-data with the parts file, alt (required for images) and title. The type"
              + " is decided by the bytes: JPEG, PNG, GIF, WebP images and PDF documents.")
  public Response upload(List<EntityPart> parts, @Context UriInfo uri) {
    Optional<EntityPart> file = part(parts, "file");
    byte[] content = file.map(this::fileContent).orElse(new byte[0]);
    if (content.length == 0) {
      throw ProblemException.invalidField("file", "Choose a file to upload");
    }
    MediaItem item =
        library.upload(
            content,
            file.flatMap(EntityPart::getFileName).orElse(null),
            text(parts, "alt"),
            text(parts, "title"),
            caller.username());
    return staffRead(
            item,
            Response.created(uri.getAbsolutePathBuilder().path(item.publicKey()).build()),
            List.of())
        .build();
  }

  @GET
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "The library, newest first; q searches file name, alt text and title")
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context Request request) {
    Optional<MediaKind> wanted =
        kind == null || kind.isBlank()
            ? Optional.empty()
            : Optional.of(
                MediaKind.fromApiName(kind.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(
                        () ->
                            ProblemException.invalidParameter(
                                "kind", "kind must be image or document.")));
    var found =
        store.search(
            Optional.ofNullable(q).map(String::trim), wanted, PageRequest.parse(page, size));
    return HttpCaching.privateRead(request, found.map(MediaView::listItem));
  }

  @GET
  @Path("{key}")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "One media item and the content using it; its ETag is the version")
  public Response item(@PathParam("key") String key) {
    MediaItem item = find(key);
    return staffRead(item, Response.ok(), store.usedBy(item)).build();
  }

  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Change the alt text and title; needs If-Match with the version last read")
  public Response describe(
      @PathParam("key") String key,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Send alt and title as JSON") MediaDescription description) {
    long version = VersionTags.required(ifMatch);
    MediaItem item =
        library.describe(key, version, description.alt(), description.title(), caller.username());
    return staffRead(item, Response.ok(), store.usedBy(item)).build();
  }

  @DELETE
  @Path("{key}")
  @RequiresPermissions(Permissions.CONTENT_DELETE)
  @Operation(summary = "Delete a file that no content uses any more (409 while it is used)")
  public Response delete(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch) {
    library.delete(key, VersionTags.optional(ifMatch), caller.username());
    return Response.noContent().build();
  }

  private MediaItem find(String key) {
    return store.find(key).orElseThrow(() -> ProblemException.notFound("The media item"));
  }

  /** The file's bytes, refused with 413 as soon as they pass the media limit. */
  private byte[] fileContent(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (content.length > maxBytes) {
        throw PayloadLimit.fileTooLarge(maxBytes);
      }
      return content;
    } catch (IOException e) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST, "The file could not be read.");
    }
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts == null
        ? Optional.empty()
        : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  private static String text(List<EntityPart> parts, String name) {
    Optional<EntityPart> part = part(parts, name);
    if (part.isEmpty()) {
      return null;
    }
    try (InputStream in = part.get().getContent()) {
      byte[] bytes = in.readNBytes(MAX_TEXT_PART_BYTES + 1);
      if (bytes.length > MAX_TEXT_PART_BYTES) {
        throw ProblemException.invalidField(name, "This text is too long");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST, "The form could not be read.");
    }
  }

  private static Response.ResponseBuilder staffRead(
      MediaItem item, Response.ResponseBuilder response, List<ContentUse> uses) {
    return response
        .entity(MediaView.detail(item, uses))
        .tag(VersionTags.of(item.version()))
        .cacheControl(HttpCaching.noStore());
  }
}
