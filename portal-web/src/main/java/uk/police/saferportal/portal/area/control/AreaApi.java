package uk.police.saferportal.portal.area.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.ProblemResponseMapper;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;
import uk.police.saferportal.portal.platform.entity.Page;

/** The policing areas and the postcode look-up (public). */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(ProblemResponseMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("areas")
public interface AreaApi {

  @GET
  Page<Area> areas();

  @GET
  @Path("lookup")
  Area areaOf(@QueryParam("postcode") String postcode);
}
