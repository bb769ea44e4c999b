package uk.police.saferportal.portal.campaign.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.campaign.control.PublishedCampaigns;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.SlugRoute;
import uk.police.saferportal.portal.wdbc.control.HubRegister;
import uk.police.saferportal.portal.wdbc.control.WdbcByArea;

/**
 * One campaign page at {@code /campaigns/{slug}}. The We Don't Buy Crime hub also lists the
 * scheme's towns and partner retailers, grouped by area. An unknown slug gets the helpful 404.
 */
@Named
@RequestScoped
public class CampaignPage {
  @Inject PublishedCampaigns published;
  @Inject HubRegister hub;

  private Content campaign;
  private WdbcByArea register = WdbcByArea.none();
  private boolean unavailable;

  @PostConstruct
  void load() {
    String slug = Faces.getRequestAttribute(SlugRoute.SLUG);
    campaign =
        ApiCall.publicItem(
                () -> slug == null ? Optional.empty() : published.campaign(slug),
                "No campaign at this address",
                () -> unavailable = true)
            .orElse(null);
    register =
        ApiCall.of(() -> hub.of(campaign)).loadPublic(() -> unavailable = true).orElse(register);
  }

  public boolean isHub() {
    return hub.isHub(campaign);
  }

  public Content getCampaign() {
    return campaign;
  }

  /** The register by area, for the hub (empty for every other campaign). */
  public WdbcByArea getRegister() {
    return register;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
