package uk.police.saferportal.content.advice.boundary;

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
import uk.police.saferportal.content.advice.control.AdviceStore;
import uk.police.saferportal.content.advice.entity.Advice;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.entity.ProblemException;

/** The public advice catalogue: published articles only. */
@Path("advice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Advice")
public class AdviceResource {
  @Inject AdviceStore store;
  @Inject AdviceQueries queries;

  @GET
  @Operation(summary = "Search published advice")
  public Response search(
      @Parameter(description = "topic slug") @QueryParam("topic") String topic,
      @Parameter(description = "area slug; force-wide advice is included") @QueryParam("area")
          String area,
      @Parameter(description = "words to find in the title, summary or body") @QueryParam("q")
          String q,
      @Parameter(description = "page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "page size, 1 to 50 (default 10)") @QueryParam("size") String size,
      @Parameter(description = "published, updated or title; prefix - to reverse")
          @QueryParam("sort")
          String sort,
      @Context Request request) {
    var query =
        queries.parse(
            Optional.of(EditorialState.PUBLISHED), topic, area, q, page, size, sort, "-published");
    return HttpCaching.publicRead(request, store.search(query).map(AdviceView::publicListItem));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One published article")
  public Response article(@PathParam("slug") String slug, @Context Request request) {
    Advice advice =
        store
            .find(slug)
            .filter(Advice::isPublished)
            .orElseThrow(() -> ProblemException.notFound("Advice"));
    return HttpCaching.publicRead(request, AdviceView.publicDetail(advice));
  }
}
