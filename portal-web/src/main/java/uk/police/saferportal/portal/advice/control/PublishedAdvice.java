package uk.police.saferportal.portal.advice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.control.ContentCache;
import uk.police.saferportal.portal.platform.entity.Page;

/**
 * What residents read of the advice: articles and lists (but not free-text searches) are kept a few
 * minutes in the cache, which the content API's webhook purges on every publication change.
 */
@ApplicationScoped
public class PublishedAdvice {
  @Inject @RestClient AdviceApi api;
  @Inject ContentCache cache;

  public Page<Content> list(String topic, String area, String q, int page, int size, String sort) {
    if (q != null && !q.isBlank()) {
      return api.advice(topic, area, q, page, size, sort);
    }
    return cache.list(
        "advice?" + topic + "&" + area + "&" + page + "&" + size + "&" + sort,
        () -> api.advice(topic, area, null, page, size, sort));
  }

  /** One article; empty when there is none published at this slug. */
  public Optional<Content> article(String slug) {
    return cache.item("advice", slug, () -> api.article(slug));
  }
}
