package uk.police.saferportal.portal.admin.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import uk.police.saferportal.portal.admin.control.ContentAdminApi;
import uk.police.saferportal.portal.advice.entity.Advice;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Page;

/** The back office's advice list: every state, newest change first, filterable. */
@Named
@RequestScoped
public class AdviceList {
  @Inject @RestClient ContentAdminApi api;

  @Inject @Param String state;
  @Inject @Param String q;
  @Inject @Param String page;

  private Page<Advice> results = new Page<>(List.of(), 1, 20, 0);
  private boolean unavailable;

  @PostConstruct
  void load() {
    try {
      results =
          StaffApiCalls.call(
              () -> api.advice(blankToNull(state), blankToNull(q), pageNumber(), 20, "-updated"));
    } catch (ApiUnavailableException e) {
      unavailable = true;
    } catch (ApiProblemException e) {
      uk.police.saferportal.portal.platform.boundary.ProblemMessages.show(
          e.problem(), java.util.Set.of("state", "q"));
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
    return PageLinks.of(number, "state", state, "q", q);
  }

  public Page<Advice> getResults() {
    return results;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public String getState() {
    return state;
  }

  public String getQ() {
    return q;
  }
}
