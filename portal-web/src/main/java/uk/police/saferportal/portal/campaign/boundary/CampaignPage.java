package uk.police.saferportal.portal.campaign.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.boundary.ContentRoute;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Area;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.WdbcRetailer;
import uk.police.saferportal.portal.platform.entity.WdbcTown;

/**
 * One campaign page at {@code /campaigns/{slug}}. The We Don't Buy Crime hub also lists the
 * scheme's towns and partner retailers, grouped by area. An unknown slug gets the helpful 404.
 */
@Named
@RequestScoped
public class CampaignPage {
  /** The hub's slug: its page also shows the register. */
  public static final String WDBC = "we-dont-buy-crime";

  @Inject PublicContent content;

  private Content campaign;
  private WdbcByArea register = WdbcByArea.none();
  private boolean unavailable;

  @PostConstruct
  void load() {
    String slug = Faces.getRequestAttribute(ContentRoute.SLUG);
    try {
      campaign = slug == null ? null : content.campaign(slug).orElse(null);
      if (campaign == null) {
        Faces.responseSendError(404, "No campaign at this address");
        Faces.responseComplete();
        return;
      }
      if (isHub()) {
        register = WdbcByArea.read(content);
      }
    } catch (ApiUnavailableException e) {
      unavailable = true;
      Faces.setResponseStatus(503);
    }
  }

  public boolean isHub() {
    return campaign != null && WDBC.equals(campaign.slug());
  }

  public Content getCampaign() {
    return campaign;
  }

  public List<Map.Entry<Area, List<WdbcTown>>> getTownsByArea() {
    return register.towns();
  }

  public List<Map.Entry<Area, List<WdbcRetailer>>> getRetailersByArea() {
    return register.retailers();
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
