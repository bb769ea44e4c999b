package uk.police.saferportal.portal.admin.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import uk.police.saferportal.portal.admin.control.ContentAdminApi;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.Page;

/**
 * The back office's content list: advice, campaigns and pages in every state, newest change first,
 * filtered by type, state, topic, area, author and text.
 */
@Named
@RequestScoped
public class AdviceList {
  @Inject @RestClient ContentAdminApi api;
  @Inject uk.police.saferportal.portal.platform.control.PublicContent reference;

  @Inject @Param String type;
  @Inject @Param String state;
  @Inject @Param String topic;
  @Inject @Param String area;
  @Inject @Param String author;
  @Inject @Param String q;
  @Inject @Param String page;

  private Page<Content> results = new Page<>(List.of(), 1, 20, 0);
  private boolean unavailable;
  private List<uk.police.saferportal.portal.platform.entity.Topic> topics = List.of();
  private List<uk.police.saferportal.portal.platform.entity.Area> areas = List.of();

  @PostConstruct
  void load() {
    try {
      topics = reference.topics();
      areas = reference.areas();
      results =
          StaffApiCalls.call(
              () ->
                  api.content(
                      blankToNull(type),
                      blankToNull(state),
                      blankToNull(topic),
                      blankToNull(area),
                      blankToNull(author),
                      blankToNull(q),
                      pageNumber(),
                      20,
                      "-updated"));
    } catch (ApiUnavailableException e) {
      unavailable = true;
    } catch (ApiProblemException e) {
      uk.police.saferportal.portal.platform.boundary.ProblemMessages.show(
          e.problem(), java.util.Set.of("type", "state", "topic", "area", "author", "q"));
    }
  }

  private int pageNumber() {
    try {
      return page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
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

  public List<uk.police.saferportal.portal.platform.entity.Topic> getTopics() {
    return topics;
  }

  public List<uk.police.saferportal.portal.platform.entity.Area> getAreas() {
    return areas;
  }

  public String getQ() {
    return q;
  }
}
