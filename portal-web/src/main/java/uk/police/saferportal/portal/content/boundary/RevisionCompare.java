package uk.police.saferportal.portal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import uk.police.saferportal.portal.content.control.ContentStaffApi;
import uk.police.saferportal.portal.content.entity.ContentKind;
import uk.police.saferportal.portal.content.entity.RevisionComparison;
import uk.police.saferportal.portal.platform.boundary.ApiCall;

/** Compares two revisions of an item: what was removed and what was added, word by word. */
@Named
@RequestScoped
public class RevisionCompare {
  @Inject @RestClient ContentStaffApi api;

  @Inject @Param String type;
  @Inject @Param String slug;
  @Inject @Param String from;
  @Inject @Param String to;

  private RevisionComparison comparison;
  private boolean unavailable;

  @PostConstruct
  void load() {
    Integer older = number(from);
    Integer newer = number(to);
    if (slug == null || older == null || newer == null) {
      ApiCall.notFound("No such revisions");
      return;
    }
    comparison =
        ApiCall.of(() -> api.compare(ContentKind.of(type).collection(), slug, older, newer))
            .otherwise(problem -> ApiCall.notFound("No such revisions"))
            .load(() -> unavailable = true)
            .orElse(null);
  }

  private static Integer number(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public RevisionComparison getComparison() {
    return comparison;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public String getSlug() {
    return slug;
  }

  public String getType() {
    return type == null || type.isBlank() ? "advice" : type;
  }
}
