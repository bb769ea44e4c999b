package uk.police.saferportal.portal.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.Topic;

/** The home page: topics to browse, the latest advice, and the postcode finder. */
@Named
@RequestScoped
public class HomePage {
  @Inject PublicContent content;

  private List<Topic> topics = List.of();
  private List<Content> latest = List.of();
  private boolean unavailable;

  @PostConstruct
  void load() {
    try {
      topics = content.topics();
      latest = content.advice(null, null, null, 1, 3, "-published").items();
    } catch (ApiUnavailableException e) {
      unavailable = true;
    }
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public List<Content> getLatest() {
    return latest;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
