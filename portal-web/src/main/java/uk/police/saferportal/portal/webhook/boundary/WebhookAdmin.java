package uk.police.saferportal.portal.webhook.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.webhook.control.WebhookApi;
import uk.police.saferportal.portal.webhook.entity.Webhook;
import uk.police.saferportal.portal.webhook.entity.WebhookDelivery;
import uk.police.saferportal.portal.webhook.entity.WebhookForm;

/**
 * The webhooks page for administrators: the list with each webhook's status, a form to add one (its
 * secret is shown once, on the answer to that form, and never again), pausing, resuming and
 * deleting, and the delivery log of one webhook with a button to send a delivery again.
 */
@Named
@ViewScoped
public class WebhookAdmin implements Serializable {
  /** The events a webhook can subscribe to, as the content API names them. */
  public static final List<String> EVENTS =
      List.of("content.published", "content.unpublished", "content.archived");

  static final int PAGE_SIZE = 50;
  private static final Set<String> FIELDS = Set.of("name", "url", "events");

  @Inject @RestClient transient WebhookApi api;

  private String selectedId;
  private List<Webhook> webhooks = List.of();
  private Webhook selected;
  private Page<WebhookDelivery> deliveries = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private String name;
  private String url;
  private List<String> events = new ArrayList<>(List.of("content.published"));
  private String newSecret;
  private String newName;
  private boolean unavailable;
  private boolean forbidden;

  /**
   * Called by the view's viewAction once the webhook parameter is set (on the first request only,
   * not on postbacks).
   */
  public void load() {
    ApiCall.run(
            () -> {
              webhooks = api.webhooks(1, PAGE_SIZE).items();
              if (selectedId != null && !selectedId.isBlank()) {
                selected = api.webhook(selectedId);
                deliveries = api.deliveries(selectedId, 1, PAGE_SIZE);
              }
            })
        .fields(FIELDS)
        .on(403, problem -> forbidden = true)
        .on(404, problem -> ApiCall.notFound("No such webhook"))
        .load(() -> unavailable = true);
  }

  /**
   * Adds a webhook and shows its secret on this answer only: no redirect, so the secret never
   * travels in a URL or a flash message.
   */
  public String create() {
    events = ticked();
    WebhookForm form = new WebhookForm(name, url, events, true);
    ApiCall.of(() -> api.create(form))
        .fields(FIELDS)
        .submit()
        .ifPresent(
            created -> {
              newSecret = created.secret();
              newName = created.name();
              name = null;
              url = null;
              events = new ArrayList<>(List.of("content.published"));
              ApiCall.of(() -> api.webhooks(1, PAGE_SIZE).items())
                  .submit()
                  .ifPresent(listed -> webhooks = listed);
            });
    return null;
  }

  public String pause(Webhook webhook) {
    return change(webhook, false, "Webhook paused: nothing is sent to it until it is resumed");
  }

  public String resume(Webhook webhook) {
    return change(webhook, true, "Webhook resumed");
  }

  private String change(Webhook webhook, boolean active, String done) {
    WebhookForm form = new WebhookForm(webhook.name(), webhook.url(), webhook.events(), active);
    return act(
        ApiCall.of(() -> api.update(webhook.id(), "\"" + webhook.version() + "\"", form)),
        done,
        webhook.id());
  }

  public String delete(Webhook webhook) {
    return act(
        ApiCall.run(() -> api.delete(webhook.id(), "\"" + webhook.version() + "\"")),
        "Webhook deleted",
        null);
  }

  /** Sends one delivery of the selected webhook again now. */
  public String retry(String deliveryId) {
    return act(
        ApiCall.of(() -> api.retryDelivery(selectedId, deliveryId)),
        "Delivery queued to be sent again now",
        selectedId);
  }

  private String act(ApiCall<?> action, String done, String show) {
    return action
        .fields(FIELDS)
        .on(412, "Someone else changed this webhook meanwhile. Try again.")
        .submit()
        .map(
            changed -> {
              Messages.addFlashGlobalInfo(done);
              return "/admin/webhooks?faces-redirect=true"
                  + (show == null ? "" : "&webhook=" + show);
            })
        .orElse(null);
  }

  private static List<String> ticked() {
    String[] values = Faces.getRequestParameterValues("events");
    return values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
  }

  public List<String> getEventChoices() {
    return EVENTS;
  }

  public List<Webhook> getWebhooks() {
    return webhooks;
  }

  public Webhook getSelected() {
    return selected;
  }

  public Page<WebhookDelivery> getDeliveries() {
    return deliveries;
  }

  public String getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(String selectedId) {
    this.selectedId = selectedId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEvents() {
    return events;
  }

  public String getNewSecret() {
    return newSecret;
  }

  public String getNewName() {
    return newName;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public boolean isForbidden() {
    return forbidden;
  }
}
