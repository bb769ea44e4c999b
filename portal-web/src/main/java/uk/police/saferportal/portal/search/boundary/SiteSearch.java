package uk.police.saferportal.portal.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.boundary.QueryParams;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.search.control.SearchApi;

/**
 * Site-wide search at {@code /search}: advice, campaigns and pages together, best match first,
 * optionally one type. All state is in the URL.
 */
@Named
@RequestScoped
public class SiteSearch {
  static final int PAGE_SIZE = 10;
  private static final Set<String> TYPES = Set.of("advice", "campaign", "page");

  @Inject @RestClient SearchApi api;

  @Inject @Param String q;
  @Inject @Param String type;
  @Inject @Param String page;

  private Page<Content> results = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private boolean unavailable;

  @PostConstruct
  void load() {
    if (!isSearched()) {
      return;
    }
    String only = type != null && TYPES.contains(type) ? type : null;
    results =
        ApiCall.of(() -> api.search(q.trim(), only, QueryParams.pageNumber(page), PAGE_SIZE))
            .fields(Set.of("q", "type"))
            .loadPublic(() -> unavailable = true)
            .orElse(results);
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
