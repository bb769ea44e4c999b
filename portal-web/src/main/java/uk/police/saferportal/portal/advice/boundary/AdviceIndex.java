package uk.police.saferportal.portal.advice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Area;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.platform.entity.Topic;

/**
 * The advice index: filter by topic and area (or the resident's postcode), search, page. All state
 * is in the URL, so every result page can be bookmarked and shared.
 */
@Named
@RequestScoped
public class AdviceIndex {
  static final int PAGE_SIZE = 10;

  @Inject PublicContent content;

  @Inject @Param String topic;
  @Inject @Param String area;
  @Inject @Param String q;
  @Inject @Param String postcode;
  @Inject @Param String page;

  private Page<Content> results = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private List<Topic> topics = List.of();
  private List<Area> areas = List.of();
  private boolean unavailable;

  @PostConstruct
  void load() {
    try {
      topics = content.topics();
      areas = content.areas();
      if (present(postcode)) {
        areaOfPostcode().ifPresent(found -> area = found.slug());
      }
      results =
          content.advice(
              blankToNull(topic), blankToNull(area), blankToNull(q), pageNumber(), PAGE_SIZE, null);
    } catch (ApiUnavailableException e) {
      unavailable = true;
      Faces.setResponseStatus(503);
    } catch (ApiProblemException e) {
      ProblemMessages.show(e.problem(), java.util.Set.of("topic", "area", "q"));
      Faces.setResponseStatus(400);
    }
  }

  private Optional<Area> areaOfPostcode() {
    try {
      return Optional.of(content.areaOf(postcode.trim()));
    } catch (ApiProblemException e) {
      String message =
          e.status() == 404
              ? "We could not find a West Mercia area for "
                  + postcode.trim()
                  + ". Check the postcode, or choose an area from the list."
              : "Enter a real postcode, like WR5 2EX";
      ProblemMessages.error("postcode", message);
      return Optional.empty();
    }
  }

  private int pageNumber() {
    try {
      return present(page) ? Math.max(1, Integer.parseInt(page.trim())) : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The query string of this search for another page, keeping every filter. */
  public String pageLink(int number) {
    return PageLinks.of(number, "topic", topic, "area", area, "q", q);
  }

  public String getHeading() {
    Optional<String> topicName =
        topics.stream().filter(t -> t.slug().equals(topic)).map(Topic::name).findFirst();
    Optional<String> areaName =
        areas.stream().filter(a -> a.slug().equals(area)).map(Area::name).findFirst();
    String heading = topicName.map(name -> name + " advice").orElse("Crime prevention advice");
    return areaName.map(name -> heading + " for " + name).orElse(heading);
  }

  public boolean isFiltered() {
    return present(topic) || present(area) || present(q);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String blankToNull(String value) {
    return present(value) ? value.trim() : null;
  }

  public Page<Content> getResults() {
    return results;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public List<Area> getAreas() {
    return areas;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public String getTopic() {
    return topic;
  }

  public String getArea() {
    return area;
  }

  public String getQ() {
    return q;
  }

  public String getPostcode() {
    return postcode;
  }
}
