package uk.police.saferportal.portal.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.Page;

/**
 * Site-wide search at {@code /search}: advice, campaigns and pages together, best match first,
 * optionally one type. All state is in the URL.
 */
@Named
@RequestScoped
public class SiteSearch {
  static final int PAGE_SIZE = 10;
  private static final Set<String> TYPES = Set.of("advice", "campaign", "page");

  @Inject PublicContent content;

  @Inject @Param String q;
  @Inject @Param String type;
  @Inject @Param String page;

  private Page<Content> results = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private boolean unavailable;

  @PostConstruct
  void load() {
    if (q == null || q.isBlank()) {
      return;
    }
    try {
      String only = type != null && TYPES.contains(type) ? type : null;
      results = content.search(q.trim(), only, pageNumber(), PAGE_SIZE);
    } catch (ApiUnavailableException e) {
      unavailable = true;
      Faces.setResponseStatus(503);
    } catch (ApiProblemException e) {
      ProblemMessages.show(e.problem(), Set.of("q", "type"));
    }
  }

  private int pageNumber() {
    try {
      return page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public String pageLink(int number) {
    return PageLinks.of(number, "q", q, "type", type);
  }

  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  public Page<Content> getResults() {
    return results;
  }

  public String getQ() {
    return q;
  }

  public String getType() {
    return type;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
