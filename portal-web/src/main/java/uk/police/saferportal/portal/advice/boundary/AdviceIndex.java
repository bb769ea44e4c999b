package uk.police.saferportal.portal.advice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.advice.control.PublishedAdvice;
import uk.police.saferportal.portal.area.control.Areas;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.content.control.Topics;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.content.entity.Topic;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.boundary.PublicPageCaching;
import uk.police.saferportal.portal.platform.boundary.QueryParams;
import uk.police.saferportal.portal.platform.entity.Page;

/**
 * The advice index: filter by topic and area (or the resident's postcode), search, page. All state
 * is in the URL, so every result page can be bookmarked and shared.
 */
@Named
@RequestScoped
public class AdviceIndex {
  static final int PAGE_SIZE = 10;

  @Inject PublishedAdvice advice;
  @Inject Topics topicList;
  @Inject Areas areaList;

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
    ApiCall.run(
            () -> {
              topics = topicList.all();
              areas = areaList.all();
              if (present(postcode)) {
                // the page names the resident's postcode: never kept by a shared cache
                PublicPageCaching.markPersonal(Faces.getRequest());
                areaOfPostcode().ifPresent(found -> area = found.slug());
              }
              results =
                  advice.list(
                      QueryParams.optional(topic),
                      QueryParams.optional(area),
                      QueryParams.optional(q),
                      QueryParams.pageNumber(page),
                      PAGE_SIZE,
                      null);
            })
        .otherwise(
            problem -> {
              ProblemMessages.show(problem, Set.of("topic", "area", "q"));
              Faces.setResponseStatus(400);
            })
        .loadPublic(() -> unavailable = true);
  }

  /** The postcode's area; a postcode the API does not place is explained beside its field. */
  private Optional<Area> areaOfPostcode() {
    String typed = postcode.trim();
    return ApiCall.of(() -> areaList.of(typed))
        .on(
            404,
            problem ->
                ProblemMessages.error(
                    "postcode",
                    "We could not find a West Mercia area for "
                        + typed
                        + ". Check the postcode, or choose an area from the list."))
        .otherwise(
            problem -> ProblemMessages.error("postcode", "Enter a real postcode, like WR5 2EX"))
        .load(() -> unavailable = true);
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
