package uk.police.saferportal.content.area.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;

@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas and topics")
public class TopicResource {

  @Inject AreaDirectory directory;

  @GET
  @Operation(summary = "The advice topics")
  public Response topics(@Context Request request) {
    var items = directory.topics().stream().map(TopicView::of).toList();
    var page = Page.of(items, new PageRequest(1, PageRequest.MAX_SIZE), items.size());
    return HttpCaching.publicRead(request, page);
  }
}
