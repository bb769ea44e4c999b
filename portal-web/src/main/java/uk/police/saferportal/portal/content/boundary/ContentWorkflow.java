package uk.police.saferportal.portal.content.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.util.Messages;
import uk.police.saferportal.portal.content.control.ContentStaffApi;
import uk.police.saferportal.portal.content.entity.ScheduleRequest;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;

/**
 * The editorial workflow of the item in the {@link ContentEditor}: the buttons that move it
 * (submit, publish, schedule, return, unpublish, archive, discard changes), restore a revision,
 * preview or delete it, and which of them the content API offers.
 */
@Named
@ViewScoped
public class ContentWorkflow implements Serializable {
  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject @RestClient transient ContentStaffApi api;
  @Inject ContentEditor editor;

  private String publishAtInput;
  private String unpublishAtInput;

  public String publish() {
    return move(
        "publish",
        editor.isUnpublishedChanges()
            ? "Changes published: the public can see them now"
            : editor.label() + " published: the public can see it now");
  }

  public String submit() {
    return move(
        "submit",
        editor.isUnpublishedChanges()
            ? "Changes sent for review: a publisher will check them"
            : "Sent for review: a publisher will check it");
  }

  public String returnToDraft() {
    return move(
        "return-to-draft",
        editor.isChangesInReview() ? "Changes returned to their editor" : "Returned to draft");
  }

  public String archive() {
    return move("archive", "Archived: it is off the public site");
  }

  /** Drops the unpublished changes of a published item; the public page stays as it is. */
  public String discardChanges() {
    return move("discard-draft", "Changes discarded: the page is as published");
  }

  public String unpublish() {
    return move("unpublish", editor.label() + " unpublished: it is a draft again");
  }

  private String move(String action, String done) {
    return editor.change(
        () -> api.act(editor.collection(), editor.getSlug(), action, editor.ifMatch()), done);
  }

  /** Schedules with the UK times typed in the two date-time fields. */
  public String schedule() {
    Instant at;
    Instant until;
    try {
      at = ukTime(publishAtInput);
      until = ukTime(unpublishAtInput);
    } catch (DateTimeParseException e) {
      ProblemMessages.error("publishAt", "Enter dates and times like 01/12/2026 09:00");
      return null;
    }
    if (at == null && until == null) {
      ProblemMessages.error("publishAt", "Enter when to publish");
      return null;
    }
    ScheduleRequest request = new ScheduleRequest(at, until);
    return editor.change(
        () -> api.schedule(editor.collection(), editor.getSlug(), editor.ifMatch(), request),
        "Schedule saved");
  }

  private static Instant ukTime(String value) {
    return value == null || value.isBlank()
        ? null
        : LocalDateTime.parse(value.trim()).atZone(UK).toInstant();
  }

  /** Makes revision {@code number} the current content again. */
  public String restore(int number) {
    return editor.change(
        () -> api.restore(editor.collection(), editor.getSlug(), number, editor.ifMatch()),
        "Revision " + number + " restored");
  }

  /** Makes a preview link (for this member of staff only) and opens it. */
  public String preview() {
    return editor
        .problemsShown(ApiCall.of(() -> api.preview(editor.collection(), editor.getSlug())))
        .submit()
        .map(link -> "/admin/preview?faces-redirect=true&token=" + link.token())
        .orElse(null);
  }

  public String delete() {
    return editor
        .problemsShown(
            ApiCall.run(() -> api.delete(editor.collection(), editor.getSlug(), editor.ifMatch())))
        .submit()
        .map(
            deleted -> {
              Messages.addFlashGlobalInfo(editor.label() + " deleted");
              return "/admin/index?faces-redirect=true";
            })
        .orElse(null);
  }

  /**
   * Whether the content API offers this move to this member of staff on the item as it is now (its
   * answer's {@code allowedActions}): the portal shows only usable buttons and never re-derives the
   * rules.
   */
  public boolean can(String action) {
    return !editor.isNew() && editor.allowedActions().contains(action);
  }

  public String getPublishAtInput() {
    return publishAtInput;
  }

  public void setPublishAtInput(String publishAtInput) {
    this.publishAtInput = publishAtInput;
  }

  public String getUnpublishAtInput() {
    return unpublishAtInput;
  }

  public void setUnpublishAtInput(String unpublishAtInput) {
    this.unpublishAtInput = unpublishAtInput;
  }
}
