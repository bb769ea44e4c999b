package uk.police.saferportal.portal.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of the current request for the GOV.UK error summary: each links to the field it is
 * about, so keyboard and screen-reader users can jump straight to it.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** One entry of the summary; {@code target} is the id of the field, or empty. */
  public record Entry(String target, String text) {}

  public List<Entry> getEntries() {
    FacesContext context = FacesContext.getCurrentInstance();
    List<Entry> entries = new ArrayList<>();
    Iterator<String> ids = context.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next();
      for (FacesMessage message : context.getMessageList(id)) {
        if (message.getSeverity() == FacesMessage.SEVERITY_ERROR) {
          entries.add(new Entry(id == null ? "" : id, message.getSummary()));
        }
      }
    }
    return entries;
  }

  /** Confirmations to show once, such as "Article saved" after a redirect. */
  public List<String> getNotices() {
    return FacesContext.getCurrentInstance().getMessageList(null).stream()
        .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_INFO)
        .map(FacesMessage::getSummary)
        .toList();
  }

  public boolean hasErrors() {
    return !getEntries().isEmpty();
  }

  /** Whether a field has an error, to style its form group. */
  public boolean invalid(String clientId) {
    return !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
  }

  /** The first message about a field, for the error message beside it. */
  public String messageFor(String clientId) {
    List<FacesMessage> messages = FacesContext.getCurrentInstance().getMessageList(clientId);
    return messages.isEmpty() ? "" : messages.get(0).getSummary();
  }
}
