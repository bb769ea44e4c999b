package uk.police.saferportal.portal.page.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.page.control.PublishedPages;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.SlugRoute;

/** A static page (accessibility statement, privacy notice, about) at {@code /pages/{slug}}. */
@Named("staticPage")
@RequestScoped
public class StaticPageView {
  @Inject PublishedPages pages;

  private Content page;
  private boolean unavailable;

  @PostConstruct
  void load() {
    String slug = Faces.getRequestAttribute(SlugRoute.SLUG);
    page =
        ApiCall.publicItem(
                () -> slug == null ? Optional.empty() : pages.page(slug),
                "No page at this address",
                () -> unavailable = true)
            .orElse(null);
  }

  public Content getPage() {
    return page;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
