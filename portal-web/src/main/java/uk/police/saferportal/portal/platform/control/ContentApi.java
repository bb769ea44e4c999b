package uk.police.saferportal.portal.platform.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.police.saferportal.portal.platform.entity.Area;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.platform.entity.Topic;
import uk.police.saferportal.portal.platform.entity.WdbcRetailer;
import uk.police.saferportal.portal.platform.entity.WdbcTown;

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
  Page<Content> advice(
      @QueryParam("topic") String topic,
      @QueryParam("area") String area,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort);

  @GET
  @Path("advice/{slug}")
  Content article(@PathParam("slug") String slug);

  @GET
  @Path("campaigns")
  Page<Content> campaigns(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

  @GET
  @Path("campaigns/{slug}")
  Content campaign(@PathParam("slug") String slug);

  @GET
  @Path("pages/{slug}")
  Content page(@PathParam("slug") String slug);

  @GET
  @Path("search")
  Page<Content> search(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @GET
  @Path("wdbc/towns")
  Page<WdbcTown> wdbcTowns();

  @GET
  @Path("wdbc/retailers")
  Page<WdbcRetailer> wdbcRetailers();

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
