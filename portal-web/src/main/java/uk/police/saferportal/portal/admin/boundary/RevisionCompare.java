package uk.police.saferportal.portal.admin.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.admin.control.ContentAdminApi;
import uk.police.saferportal.portal.admin.entity.RevisionComparison;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;

/** Compares two revisions of an article: what was removed and what was added, word by word. */
@Named
@RequestScoped
public class RevisionCompare {
  @Inject @RestClient ContentAdminApi api;

  @Inject @Param String type;
  @Inject @Param String slug;
  @Inject @Param String from;
  @Inject @Param String to;

  private RevisionComparison comparison;
  private boolean unavailable;

  @PostConstruct
  void load() {
    try {
      comparison =
          StaffApiCalls.call(
              () ->
                  api.compare(
                      uk.police.saferportal.portal.platform.entity.Content.collectionOf(type),
                      slug,
                      Integer.parseInt(from),
                      Integer.parseInt(to)));
    } catch (NumberFormatException | NullPointerException | ApiProblemException e) {
      Faces.responseSendError(404, "No such revisions");
      Faces.responseComplete();
    } catch (ApiUnavailableException e) {
      unavailable = true;
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
