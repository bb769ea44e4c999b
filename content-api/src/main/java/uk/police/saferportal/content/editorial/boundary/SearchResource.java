package uk.police.saferportal.content.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.boundary.PublicReads;

/**
 * Site-wide search: everything published, of every content type, ranked by relevance (MariaDB
 * full-text index) unless a sort is given. Each item says its {@code type}.
 */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {
  @Inject ContentStore store;
  @Inject ContentQueries queries;
  @Inject ContentTypes types;
  @Inject PublicReads reads;

  @GET
  @Operation(summary = "Search all published content")
  public Response search(
      @Parameter(description = "words to find") @QueryParam("q") String q,
      @Parameter(description = "advice, campaign or page") @QueryParam("type") String type,
      @Parameter(description = "area slug; force-wide items are included") @QueryParam("area")
          String area,
      @Parameter(description = "page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "page size, 1 to 50 (default 10)") @QueryParam("size") String size,
      @Parameter(description = "published, updated or title; prefix - to reverse")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "the fields each item carries, e.g. type,slug,title; all if absent")
          @QueryParam("fields")
          String fields,
      @Context UriInfo uri,
      @Context Request request) {
    return reads.answer(uri, request, () -> results(q, type, area, page, size, sort, fields));
  }

  private Object results(
      String q, String type, String area, String page, String size, String sort, String fields) {
    FieldSelection selection =
        FieldSelection.parse(fields, ContentView.publicFields(types.all(), false));
    var query =
        queries.parse(
            queries.type(type),
            Optional.of(EditorialState.PUBLISHED),
            null,
            area,
            null,
            q,
            page,
            size,
            sort,
            "-published");
    return store
        .search(query)
        .map(c -> selection.apply(ContentView.publicListItem(c, types.of(c)).json()));
  }
}
