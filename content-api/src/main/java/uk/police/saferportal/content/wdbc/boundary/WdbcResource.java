package uk.police.saferportal.content.wdbc.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.wdbc.control.WdbcRegister;

/**
 * The We Don't Buy Crime register for everyone: towns and parishes with their status, and partner
 * retailers, by area. Each list comes whole in one page (the register is tens of entries).
 */
@Path("wdbc")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "We Don't Buy Crime")
public class WdbcResource {
  @Inject WdbcRegister register;
  @Inject AreaDirectory directory;

  @GET
  @Path("towns")
  @Operation(summary = "Towns and parishes in the scheme, by area")
  public Response towns(
      @Parameter(description = "area slug") @QueryParam("area") String area,
      @Context Request request) {
    var items = register.towns(area(area)).stream().map(WdbcViews.TownView::of).toList();
    return HttpCaching.publicRead(request, whole(items));
  }

  @GET
  @Path("retailers")
  @Operation(summary = "Partner retailers, by area and town")
  public Response retailers(
      @Parameter(description = "area slug") @QueryParam("area") String area,
      @Context Request request) {
    var items =
        register.retailers(area(area), Optional.empty()).stream()
            .map(WdbcViews.RetailerView::of)
            .toList();
    return HttpCaching.publicRead(request, whole(items));
  }

  Optional<String> area(String area) {
    if (area == null || area.isBlank()) {
      return Optional.empty();
    }
    if (directory.area(area.trim()).isEmpty()) {
      throw ProblemException.invalidParameter("area", "There is no area '" + area.trim() + "'.");
    }
    return Optional.of(area.trim());
  }

  static <T> Page<T> whole(List<T> items) {
    return new Page<>(items, 1, items.size(), items.size());
  }
}
