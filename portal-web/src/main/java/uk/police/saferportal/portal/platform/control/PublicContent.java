package uk.police.saferportal.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.advice.entity.Advice;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Area;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.platform.entity.Topic;

/**
 * What the public pages read from the content API. A connection failure becomes {@link
 * ApiUnavailableException}, so pages can say so kindly; "not found" becomes an empty Optional.
 */
@ApplicationScoped
public class PublicContent {
  @Inject @RestClient ContentApi api;

  public Page<Advice> advice(String topic, String area, String q, int page, int size, String sort) {
    return call(() -> api.advice(topic, area, q, page, size, sort));
  }

  public Optional<Advice> article(String slug) {
    try {
      return Optional.of(call(() -> api.article(slug)));
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public List<Topic> topics() {
    return call(api::topics).items();
  }

  public List<Area> areas() {
    return call(api::areas).items();
  }

  /** The policing area of a postcode; a problem says whether it was not a postcode or not ours. */
  public Area areaOf(String postcode) {
    return call(() -> api.areaOf(postcode));
  }

  static <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (ProcessingException e) {
      throw new ApiUnavailableException(e);
    }
  }
}
