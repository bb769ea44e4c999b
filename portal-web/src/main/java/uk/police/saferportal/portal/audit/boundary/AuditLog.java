package uk.police.saferportal.portal.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import uk.police.saferportal.portal.audit.control.AuditApi;
import uk.police.saferportal.portal.audit.entity.AuditEntry;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.boundary.QueryParams;
import uk.police.saferportal.portal.platform.entity.Page;

/** The audit log page for administrators: who did what, newest first, by item if asked. */
@Named
@RequestScoped
public class AuditLog {
  static final int PAGE_SIZE = 50;

  @Inject @RestClient AuditApi api;

  @Inject @Param String subjectType;
  @Inject @Param String subjectRef;
  @Inject @Param String page;

  private Page<AuditEntry> entries = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private boolean unavailable;
  private boolean forbidden;

  @PostConstruct
  void load() {
    entries =
        ApiCall.of(
                () ->
                    api.audit(
                        QueryParams.optional(subjectType),
                        QueryParams.optional(subjectRef),
                        QueryParams.pageNumber(page),
                        PAGE_SIZE))
            .otherwise(problem -> forbidden = problem.status() == 403)
            .load(() -> unavailable = true)
            .orElse(entries);
  }

  public String pageLink(int number) {
    return PageLinks.of(number, "subjectType", subjectType, "subjectRef", subjectRef);
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
