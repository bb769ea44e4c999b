package uk.police.saferportal.portal.campaign.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.police.saferportal.portal.campaign.control.PublishedCampaigns;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.boundary.ApiCall;

/** The campaigns index at {@code /campaigns}: every published campaign, newest first. */
@Named
@RequestScoped
public class CampaignIndex {
  @Inject PublishedCampaigns published;

  private List<Content> campaigns = List.of();
  private boolean unavailable;

  @PostConstruct
  void load() {
    campaigns =
        ApiCall.of(() -> published.list(1, 50).items())
            .loadPublic(() -> unavailable = true)
            .orElse(campaigns);
  }

  /**
   * The page's title. The layout asks for it first, which reads the campaigns before the body is
   * written, so the layout knows whether to say they may be out of date.
   */
  public String getTitle() {
    return "Campaigns";
  }

  public List<Content> getCampaigns() {
    return campaigns;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
