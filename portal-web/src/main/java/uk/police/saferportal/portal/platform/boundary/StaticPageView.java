package uk.police.saferportal.portal.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Content;

/** A static page (accessibility statement, privacy notice, about) at {@code /pages/{slug}}. */
@Named("staticPage")
@RequestScoped
public class StaticPageView {
  @Inject PublicContent content;

  private Content page;
  private boolean unavailable;

  @PostConstruct
  void load() {
    String slug = Faces.getRequestAttribute(ContentRoute.SLUG);
    try {
      page = slug == null ? null : content.page(slug).orElse(null);
      if (page == null) {
        Faces.responseSendError(404, "No page at this address");
        Faces.responseComplete();
      }
    } catch (ApiUnavailableException e) {
      unavailable = true;
      Faces.setResponseStatus(503);
    }
  }

  public Content getPage() {
    return page;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
