package uk.police.saferportal.portal.platform.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.advice.entity.Advice;
import uk.police.saferportal.portal.platform.entity.Area;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.platform.entity.Topic;

/**
 * The public part of the content API. Its base URL is {@code content-api/mp-rest/url} (environment:
 * CONTENT_API_MP_REST_URL). Null query parameters are left out of the request.
 */
@RegisterRestClient(configKey = "content-api")
@RegisterProvider(ProblemResponseMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface ContentApi {

  @GET
  @Path("advice")
  Page<Advice> advice(
      @QueryParam("topic") String topic,
      @QueryParam("area") String area,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort);

  @GET
  @Path("advice/{slug}")
  Advice article(@PathParam("slug") String slug);

  @GET
  @Path("topics")
  Page<Topic> topics();

  @GET
  @Path("areas")
  Page<Area> areas();

  @GET
  @Path("areas/lookup")
  Area areaOf(@QueryParam("postcode") String postcode);
}
