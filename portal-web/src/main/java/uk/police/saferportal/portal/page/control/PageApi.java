package uk.police.saferportal.portal.page.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.control.ProblemResponseMapper;

/** Published static pages (public). */
@RegisterRestClient(configKey = "content-api")
@RegisterProvider(ProblemResponseMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("pages")
public interface PageApi {

  @GET
  @Path("{slug}")
  Content page(@PathParam("slug") String slug);
}
