package uk.police.saferportal.portal.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Set;
import uk.police.saferportal.portal.platform.entity.Problem;

/**
 * Puts the API's per-field messages beside the matching fields. The API owns validation; the pages
 * only show its words. A field the page does not have ("topics[1]" on "topics", "campaign.heroAlt"
 * on "heroAlt") is matched by its name; anything else goes to the summary.
 */
public final class ProblemMessages {
  private ProblemMessages() {}

  public static void show(Problem problem, Set<String> fieldIds) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (problem.errors().isEmpty()) {
      context.addMessage(null, error(problem.detail()));
      return;
    }
    for (Problem.FieldError error : problem.errors()) {
      String field = error.field() == null ? "" : error.field().replaceAll("\\[\\d+]$", "");
      if (!fieldIds.contains(field) && field.contains(".")) {
        field = field.substring(field.lastIndexOf('.') + 1); // "campaign.heroImage" on "heroImage"
      }
      String clientId = fieldIds.contains(field) ? field : null;
      context.addMessage(clientId, error(error.message()));
    }
  }

  public static void error(String clientId, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, error(text));
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
