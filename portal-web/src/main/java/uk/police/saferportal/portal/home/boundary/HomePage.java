package uk.police.saferportal.portal.home.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.police.saferportal.portal.advice.control.PublishedAdvice;
import uk.police.saferportal.portal.content.control.Topics;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.content.entity.Topic;
import uk.police.saferportal.portal.platform.boundary.ApiCall;

/** The home page: topics to browse, the latest advice, and the postcode finder. */
@Named
@RequestScoped
public class HomePage {
  @Inject Topics topicList;
  @Inject PublishedAdvice advice;

  private List<Topic> topics = List.of();
  private List<Content> latest = List.of();
  private boolean unavailable;

  @PostConstruct
  void load() {
    ApiCall.run(
            () -> {
              topics = topicList.all();
              latest = advice.list(null, null, null, 1, 3, "-published").items();
            })
        .loadPublic(() -> unavailable = true);
  }

  /**
   * The page's title. The layout asks for it first, which reads the page's content before the body
   * is written, so the layout knows whether to say the content may be out of date.
   */
  public String getTitle() {
    return "Keeping West Mercia safe";
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
