package uk.police.saferportal.portal.campaign.boundary;

import jakarta.servlet.annotation.WebFilter;
import uk.police.saferportal.portal.platform.boundary.SlugRoute;

/** {@code /campaigns/{slug}}: one campaign page, shown by {@code /campaign.xhtml}. */
@WebFilter("/campaigns/*")
public class CampaignRoute extends SlugRoute {
  public CampaignRoute() {
    super("/campaign.xhtml");
  }
}
