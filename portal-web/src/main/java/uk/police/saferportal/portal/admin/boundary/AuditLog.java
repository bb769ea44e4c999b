package uk.police.saferportal.portal.admin.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import uk.police.saferportal.portal.admin.control.ContentAdminApi;
import uk.police.saferportal.portal.admin.entity.AuditEntry;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Page;

/** The audit log page for administrators: who did what, newest first, by item if asked. */
@Named
@RequestScoped
public class AuditLog {
  static final int PAGE_SIZE = 50;

  @Inject @RestClient ContentAdminApi api;

  @Inject @Param String subjectType;
  @Inject @Param String subjectRef;
  @Inject @Param String page;

  private Page<AuditEntry> entries = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private boolean unavailable;
  private boolean forbidden;

  @PostConstruct
  void load() {
    try {
      entries =
          StaffApiCalls.call(
              () ->
                  api.audit(
                      blankToNull(subjectType), blankToNull(subjectRef), pageNumber(), PAGE_SIZE));
    } catch (ApiUnavailableException e) {
      unavailable = true;
    } catch (ApiProblemException e) {
      forbidden = e.status() == 403;
    }
  }

  public String pageLink(int number) {
    return PageLinks.of(number, "subjectType", subjectType, "subjectRef", subjectRef);
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

  public Page<AuditEntry> getEntries() {
    return entries;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public boolean isForbidden() {
    return forbidden;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectRef() {
    return subjectRef;
  }
}
