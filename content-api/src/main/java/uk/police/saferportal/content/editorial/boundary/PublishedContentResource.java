package uk.police.saferportal.content.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.boundary.PublicReads;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * The public reads of every content type, at its collection ({@code /advice}, {@code /campaigns},
 * {@code /pages}...): published items only, searched and filtered the same way, and one item by
 * slug. An unknown collection is 404. Answers come from the public read cache (emptied whenever
 * something is published, unpublished or archived), so a burst of readers costs one query.
 */
@ApplicationScoped
@Path("{collection}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
public class PublishedContentResource {
  @Inject ContentStore store;
  @Inject ContentQueries queries;
  @Inject ContentTypes types;
  @Inject PublicReads reads;

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
      @Parameter(
              description = "the fields each item carries, e.g. slug,title,summary; all if absent")
          @QueryParam("fields")
          String fields,
      @Context UriInfo uri,
      @Context Request request) {
    return reads.answer(
        uri, request, () -> list(collection, topic, area, q, page, size, sort, fields));
  }

  private Object list(
      String collection,
      String topic,
      String area,
      String q,
      String page,
      String size,
      String sort,
      String fields) {
    ContentType type = types.ofCollection(collection);
    FieldSelection selection =
        FieldSelection.parse(fields, ContentView.publicFields(List.of(type), false));
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
    return store
        .search(query)
        .map(c -> selection.apply(ContentView.publicListItem(c, type).json()));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One published item")
  public Response item(
      @PathParam("collection") String collection,
      @PathParam("slug") String slug,
      @Parameter(description = "the fields the answer carries, e.g. slug,title,body; all if absent")
          @QueryParam("fields")
          String fields,
      @Context UriInfo uri,
      @Context Request request) {
    return reads.answer(
        uri,
        request,
        () -> {
          ContentType type = types.ofCollection(collection);
          FieldSelection selection =
              FieldSelection.parse(fields, ContentView.publicFields(List.of(type), true));
          ContentItem item =
              store
                  .find(type.entity(), slug)
                  .filter(ContentItem::isPublished)
                  .orElseThrow(() -> ProblemException.notFound(type.label()));
          return selection.apply(ContentView.publicDetail(item, type).json());
        });
  }
}
