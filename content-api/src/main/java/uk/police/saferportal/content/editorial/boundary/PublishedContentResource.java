package uk.police.saferportal.content.editorial.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * The public reads of every content type, at its collection ({@code /advice}, {@code /campaigns},
 * {@code /pages}...): published items only, searched and filtered the same way, and one item by
 * slug. An unknown collection is 404.
 */
@Path("{collection}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
public class PublishedContentResource {
  @Inject ContentStore store;
  @Inject ContentQueries queries;
  @Inject ContentTypes types;

  @GET
  @Operation(summary = "Search what is published")
  public Response search(
      @Parameter(description = "advice, campaigns or pages") @PathParam("collection")
          String collection,
      @Parameter(description = "topic slug") @QueryParam("topic") String topic,
      @Parameter(description = "area slug; force-wide items are included") @QueryParam("area")
          String area,
      @Parameter(description = "words to find in the title, summary or body") @QueryParam("q")
          String q,
      @Parameter(description = "page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "page size, 1 to 50 (default 10)") @QueryParam("size") String size,
      @Parameter(description = "published, updated or title; prefix - to reverse")
          @QueryParam("sort")
          String sort,
      @Context Request request) {
    ContentType type = types.ofCollection(collection);
    var query =
        queries.parse(
            Optional.of(type.name()),
            Optional.of(EditorialState.PUBLISHED),
            topic,
            area,
            null,
            q,
            page,
            size,
            sort,
            "-published");
    return HttpCaching.publicRead(
        request, store.search(query).map(c -> ContentView.publicListItem(c, type).json()));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One published item")
  public Response item(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @Context Request request) {
    ContentType type = types.ofCollection(collection);
    ContentItem item =
        store
            .find(type.entity(), slug)
            .filter(ContentItem::isPublished)
            .orElseThrow(() -> ProblemException.notFound(type.label()));
    return HttpCaching.publicRead(request, ContentView.publicDetail(item, type).json());
  }
}
