package uk.police.saferportal.content.area.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.area.entity.Postcode;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

@Path("areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas and topics")
public class AreaResource {

  @Inject AreaDirectory directory;

  @GET
  @Operation(summary = "The force's local policing areas")
  public Response areas(@Context Request request) {
    var items = directory.areas().stream().map(AreaView::of).toList();
    var page = Page.of(items, new PageRequest(1, PageRequest.MAX_SIZE), items.size());
    return HttpCaching.publicRead(request, page);
  }

  @GET
  @Path("lookup")
  @Operation(summary = "The area that polices a postcode (full postcode or outward code)")
  public Response lookup(@QueryParam("postcode") String postcode, @Context Request request) {
    if (postcode == null || postcode.isBlank()) {
      throw ProblemException.invalidParameter("postcode", "Enter a postcode, like WR5 2EX.");
    }
    Postcode parsed =
        Postcode.parse(postcode)
            .orElseThrow(
                () ->
                    ProblemException.invalidParameter(
                        "postcode", "Enter a real postcode, like WR5 2EX."));
    var area =
        directory
            .lookup(parsed)
            .orElseThrow(
                () ->
                    ProblemException.of(
                        ProblemType.NOT_FOUND,
                        parsed.outward()
                            + " is outside West Mercia. Contact the police force for that area."));
    return HttpCaching.publicRead(request, AreaView.of(area));
  }
}
