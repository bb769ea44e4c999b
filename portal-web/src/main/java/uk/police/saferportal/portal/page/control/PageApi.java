package uk.police.saferportal.portal.page.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.ProblemResponseMapper;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;

/** Published static pages (public). */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(ProblemResponseMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("pages")
public interface PageApi {

  @GET
  @Path("{slug}")
  Content page(@PathParam("slug") String slug);
}
