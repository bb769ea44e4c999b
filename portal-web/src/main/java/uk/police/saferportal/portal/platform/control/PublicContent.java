package uk.police.saferportal.portal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Area;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.platform.entity.Topic;
import uk.police.saferportal.portal.platform.entity.WdbcRetailer;
import uk.police.saferportal.portal.platform.entity.WdbcTown;

/**
 * What the public pages read from the content API. A connection failure becomes {@link
 * ApiUnavailableException}, so pages can say so kindly; "not found" becomes an empty Optional.
 * Articles, advice lists (but not free-text searches), topics and areas are kept a few minutes in
 * {@link ContentCache}, which the content API's webhook purges on every publication change.
 */
@ApplicationScoped
public class PublicContent {
  @Inject @RestClient ContentApi api;
  @Inject ContentCache cache;

  public Page<Content> advice(
      String topic, String area, String q, int page, int size, String sort) {
    if (q != null && !q.isBlank()) {
      return call(() -> api.advice(topic, area, q, page, size, sort));
    }
    String key =
        ContentCache.LIST + "advice?" + topic + "&" + area + "&" + page + "&" + size + "&" + sort;
    return cache.get(key, () -> call(() -> api.advice(topic, area, q, page, size, sort)));
  }

  public Optional<Content> article(String slug) {
    return found("advice:" + slug, () -> api.article(slug));
  }

  public Page<Content> campaigns(int page, int size) {
    return cache.get(
        ContentCache.LIST + "campaigns?" + page + "&" + size,
        () -> call(() -> api.campaigns(page, size)));
  }

  public Optional<Content> campaign(String slug) {
    return found("campaign:" + slug, () -> api.campaign(slug));
  }

  public Optional<Content> page(String slug) {
    return found("page:" + slug, () -> api.page(slug));
  }

  /** Everything published that matches, of every type (or one), best match first. */
  public Page<Content> search(String q, String type, int page, int size) {
    return call(() -> api.search(q, type, page, size));
  }

  public List<WdbcTown> wdbcTowns() {
    return call(api::wdbcTowns).items();
  }

  public List<WdbcRetailer> wdbcRetailers() {
    return call(api::wdbcRetailers).items();
  }

  /** One item by its cache key (type and slug), kept in the cache; empty when not found. */
  private <T> Optional<T> found(String item, Supplier<T> request) {
    String key = ContentCache.ARTICLE + item;
    try {
      return Optional.of(cache.get(key, () -> call(request)));
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public List<Topic> topics() {
    return cache.get("topics", () -> call(api::topics)).items();
  }

  public List<Area> areas() {
    return cache.get("areas", () -> call(api::areas)).items();
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
