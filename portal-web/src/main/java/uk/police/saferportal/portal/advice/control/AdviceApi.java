package uk.police.saferportal.portal.advice.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/**
 * Published advice (public). The base URL of every client is {@code content-api/mp-rest/url}
 * (environment: CONTENT_API_MP_REST_URL). Null query parameters are left out of the request.
 */
@RegisterRestClient(configKey = "content-api")
@ContentApiClient
@RegisterProvider(ContentApiRequests.class)
@RegisterProvider(QueryValueEncoding.class)
@RegisterProvider(ProblemResponseMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("advice")
public interface AdviceApi {

  @GET
  Page<Content> advice(
      @QueryParam("topic") String topic,
      @QueryParam("area") String area,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort);

  @GET
  @Path("{slug}")
  Content article(@PathParam("slug") String slug);
}
