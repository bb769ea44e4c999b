package uk.police.saferportal.portal.search.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.control.ContentApiClient;
import uk.police.saferportal.portal.platform.control.ContentApiRequests;
import uk.police.saferportal.portal.platform.control.ProblemResponseMapper;
import uk.police.saferportal.portal.platform.control.QueryValueEncoding;
import uk.police.saferportal.portal.platform.entity.Page;

/** Everything published that matches, of every type (or one), best match first (never cached). */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(ProblemResponseMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("search")
public interface SearchApi {

  @GET
  Page<Content> search(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);
}
