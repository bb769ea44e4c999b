package uk.police.saferportal.portal.campaign.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Content;

/** The campaigns index at {@code /campaigns}: every published campaign, newest first. */
@Named
@RequestScoped
public class CampaignIndex {
  @Inject PublicContent content;

  private List<Content> campaigns = List.of();
  private boolean unavailable;

  @PostConstruct
  void load() {
    try {
      campaigns = content.campaigns(1, 50).items();
    } catch (ApiUnavailableException e) {
      unavailable = true;
      Faces.setResponseStatus(503);
    }
  }

  public List<Content> getCampaigns() {
    return campaigns;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
