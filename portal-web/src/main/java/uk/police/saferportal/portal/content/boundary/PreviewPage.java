package uk.police.saferportal.portal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.content.control.ContentStaffApi;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.entity.Problem;
import uk.police.saferportal.portal.wdbc.control.HubRegister;
import uk.police.saferportal.portal.wdbc.control.WdbcByArea;

/**
 * Opens a preview link at {@code /admin/preview?token=...}: the item, in any state, rendered by the
 * same views as the public page (the view stands in for the public page's bean). The API decides
 * who may see it; its refusal (someone else's link, expired, unknown) is shown as a message.
 */
@Named
@RequestScoped
public class PreviewPage {
  @Inject @RestClient ContentStaffApi api;
  @Inject HubRegister hub;
  @Inject @Param String token;

  private Content item;
  private String refusal;
  private boolean unavailable;
  private WdbcByArea register = WdbcByArea.none();

  @PostConstruct
  void load() {
    if (token == null || token.isBlank()) {
      refusal = "This preview link is not complete. Make a new one from the editor.";
      Faces.setResponseStatus(404);
      return;
    }
    item =
        ApiCall.of(() -> api.previewed(token.trim()))
            .otherwise(this::refuse)
            .loadPublic(() -> unavailable = true)
            .orElse(null);
    register = ApiCall.of(() -> hub.of(item)).loadPublic(() -> unavailable = true).orElse(register);
  }

  private void refuse(Problem problem) {
    refusal =
        switch (problem.status()) {
          case 403 -> "This preview link belongs to someone else. Make your own from the editor.";
          case 410 -> "This preview link has expired. Make a new one from the editor.";
          default -> "There is no preview at this address. Make a new one from the editor.";
        };
    Faces.setResponseStatus(problem.status());
  }

  public Content getItem() {
    return item;
  }

  /** Stands in for the advice article view's bean. */
  public Content getAdvice() {
    return item;
  }

  /** Stands in for the campaign view's bean. */
  public Content getCampaign() {
    return item;
  }

  /** Stands in for the static page view's bean. */
  public Content getPage() {
    return item;
  }

  public boolean isHub() {
    return hub.isHub(item);
  }

  /** The register by area, for the hub (empty for every other campaign). */
  public WdbcByArea getRegister() {
    return register;
  }

  public String getRefusal() {
    return refusal;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
