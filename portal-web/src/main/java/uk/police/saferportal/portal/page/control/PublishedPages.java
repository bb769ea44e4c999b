package uk.police.saferportal.portal.page.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.control.ContentCache;

/** The static pages residents read, kept a few minutes in the cache. */
@ApplicationScoped
public class PublishedPages {
  @Inject @RestClient PageApi api;
  @Inject ContentCache cache;

  /** One page; empty when there is none published at this slug. */
  public Optional<Content> page(String slug) {
    return cache.item("page", slug, () -> api.page(slug));
  }
}
