package uk.police.saferportal.portal.advice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.boundary.ContentRoute;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Content;

/** One advice article at {@code /advice/{slug}}; an unknown slug gets the helpful 404 page. */
@Named
@RequestScoped
public class AdviceArticle {
  @Inject PublicContent content;

  private String slug;

  private Content advice;
  private boolean unavailable;

  @PostConstruct
  void load() {
    slug = Faces.getRequestAttribute(ContentRoute.SLUG);
    if (slug == null) {
      Faces.responseSendError(404, "No advice at this address");
      Faces.responseComplete();
      return;
    }
    try {
      advice = content.article(slug).orElse(null);
      if (advice == null) {
        Faces.responseSendError(404, "No advice at this address");
        Faces.responseComplete();
      }
    } catch (ApiUnavailableException e) {
      unavailable = true;
      Faces.setResponseStatus(503);
    }
  }

  public Content getAdvice() {
    return advice;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
