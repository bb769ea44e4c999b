package uk.police.saferportal.portal.content.boundary;

import static uk.police.saferportal.portal.platform.boundary.QueryParams.optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import uk.police.saferportal.portal.area.control.Areas;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.content.control.ContentStaffApi;
import uk.police.saferportal.portal.content.control.Topics;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.content.entity.Topic;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.boundary.QueryParams;
import uk.police.saferportal.portal.platform.entity.Page;

/**
 * The back office's content list: advice, campaigns and pages in every state, newest change first,
 * filtered by type, state, topic, area, author and text.
 */
@Named
@RequestScoped
public class ContentList {
  static final int PAGE_SIZE = 20;

  @Inject @RestClient ContentStaffApi api;
  @Inject Topics topicList;
  @Inject Areas areaList;

  @Inject @Param String type;
  @Inject @Param String state;
  @Inject @Param String topic;
  @Inject @Param String area;
  @Inject @Param String author;
  @Inject @Param String q;
  @Inject @Param String page;

  private Page<Content> results = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private boolean unavailable;
  private List<Topic> topics = List.of();
  private List<Area> areas = List.of();

  @PostConstruct
  void load() {
    ApiCall.run(
            () -> {
              topics = topicList.all();
              areas = areaList.all();
              results =
                  api.content(
                      optional(type),
                      optional(state),
                      optional(topic),
                      optional(area),
                      optional(author),
                      optional(q),
                      QueryParams.pageNumber(page),
                      PAGE_SIZE,
                      "-updated");
            })
        .fields(Set.of("type", "state", "topic", "area", "author", "q"))
        .load(() -> unavailable = true);
  }

  public String pageLink(int number) {
    return PageLinks.of(
        number, "type", type, "state", state, "topic", topic, "area", area, "author", author, "q",
        q);
  }

  public Page<Content> getResults() {
    return results;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public String getState() {
    return state;
  }

  public String getType() {
    return type;
  }

  public String getTopic() {
    return topic;
  }

  public String getArea() {
    return area;
  }

  public String getAuthor() {
    return author;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public List<Area> getAreas() {
    return areas;
  }

  public String getQ() {
    return q;
  }
}
