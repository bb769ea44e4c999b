package uk.police.saferportal.portal.admin.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.police.saferportal.portal.admin.control.ContentAdminApi;
import uk.police.saferportal.portal.admin.entity.CreatedWebhook;
import uk.police.saferportal.portal.admin.entity.Webhook;
import uk.police.saferportal.portal.admin.entity.WebhookDelivery;
import uk.police.saferportal.portal.admin.entity.WebhookForm;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Page;

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

  @Inject @RestClient transient ContentAdminApi api;

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
  private boolean loaded;

  /** Called by the view's viewAction once the webhook parameter is set. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    refresh();
  }

  private void refresh() {
    try {
      webhooks = StaffApiCalls.call(() -> api.webhooks(1, PAGE_SIZE)).items();
      if (selectedId != null && !selectedId.isBlank()) {
        selected = StaffApiCalls.call(() -> api.webhook(selectedId));
        deliveries = StaffApiCalls.call(() -> api.deliveries(selectedId, 1, PAGE_SIZE));
      }
    } catch (ApiUnavailableException e) {
      unavailable = true;
    } catch (ApiProblemException e) {
      if (e.status() == 403) {
        forbidden = true;
      } else if (e.status() == 404) {
        Faces.responseSendError(404, "No such webhook");
        Faces.responseComplete();
      } else {
        ProblemMessages.show(e.problem(), FIELDS);
      }
    }
  }

  /**
   * Adds a webhook and shows its secret on this answer only: no redirect, so the secret never
   * travels in a URL or a flash message.
   */
  public String create() {
    events = ticked();
    WebhookForm form = new WebhookForm(name, url, events, true);
    try {
      CreatedWebhook created = StaffApiCalls.call(() -> api.createWebhook(form));
      newSecret = created.secret();
      newName = created.name();
      name = null;
      url = null;
      events = new ArrayList<>(List.of("content.published"));
      webhooks = StaffApiCalls.call(() -> api.webhooks(1, PAGE_SIZE)).items();
    } catch (ApiProblemException e) {
      ProblemMessages.show(e.problem(), FIELDS);
    } catch (ApiUnavailableException e) {
      ProblemMessages.error(
          null, "Sorry, the content service is not available. Your entries are still here.");
    }
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
        () -> api.updateWebhook(webhook.id(), "\"" + webhook.version() + "\"", form),
        done,
        webhook.id());
  }

  public String delete(Webhook webhook) {
    return act(
        () -> {
          api.deleteWebhook(webhook.id(), "\"" + webhook.version() + "\"");
          return null;
        },
        "Webhook deleted",
        null);
  }

  /** Sends one delivery of the selected webhook again now. */
  public String retry(String deliveryId) {
    return act(
        () -> api.retryDelivery(selectedId, deliveryId),
        "Delivery queued to be sent again now",
        selectedId);
  }

  private String act(Supplier<?> action, String done, String show) {
    try {
      StaffApiCalls.call(action);
      Messages.addFlashGlobalInfo(done);
      return "/admin/webhooks?faces-redirect=true" + (show == null ? "" : "&webhook=" + show);
    } catch (ApiProblemException e) {
      if (e.status() == 412) {
        ProblemMessages.error(null, "Someone else changed this webhook meanwhile. Try again.");
      } else {
        ProblemMessages.show(e.problem(), FIELDS);
      }
      return null;
    } catch (ApiUnavailableException e) {
      ProblemMessages.error(null, "Sorry, the content service is not available. Try again soon.");
      return null;
    }
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
