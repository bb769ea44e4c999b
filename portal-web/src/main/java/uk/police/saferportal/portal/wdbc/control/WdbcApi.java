package uk.police.saferportal.portal.wdbc.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.ProblemResponseMapper;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.wdbc.entity.WdbcRetailer;
import uk.police.saferportal.portal.wdbc.entity.WdbcTown;

/** The We Don't Buy Crime register as the public sees it. */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(ProblemResponseMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("wdbc")
public interface WdbcApi {

  @GET
  @Path("towns")
  Page<WdbcTown> towns();

  @GET
  @Path("retailers")
  Page<WdbcRetailer> retailers();
}
