package uk.police.saferportal.portal.advice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.advice.control.PublishedAdvice;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.SlugRoute;

/** One advice article at {@code /advice/{slug}}; an unknown slug gets the helpful 404 page. */
@Named
@RequestScoped
public class AdviceArticle {
  @Inject PublishedAdvice published;

  private Content advice;
  private boolean unavailable;

  @PostConstruct
  void load() {
    String slug = Faces.getRequestAttribute(SlugRoute.SLUG);
    advice =
        ApiCall.publicItem(
                () -> slug == null ? Optional.empty() : published.article(slug),
                "No advice at this address",
                () -> unavailable = true)
            .orElse(null);
  }

  public Content getAdvice() {
    return advice;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
