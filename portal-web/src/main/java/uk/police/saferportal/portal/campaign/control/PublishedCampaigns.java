package uk.police.saferportal.portal.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.control.ContentCache;
import uk.police.saferportal.portal.platform.entity.Page;

/** What residents read of the campaigns, kept a few minutes in the cache. */
@ApplicationScoped
public class PublishedCampaigns {
  @Inject @RestClient CampaignApi api;
  @Inject ContentCache cache;

  public Page<Content> list(int page, int size) {
    return cache.list("campaigns?" + page + "&" + size, () -> api.campaigns(page, size));
  }

  /** One campaign; empty when there is none published at this slug. */
  public Optional<Content> campaign(String slug) {
    return cache.item("campaign", slug, () -> api.campaign(slug));
  }
}
