package uk.police.saferportal.portal.admin.boundary;

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
import uk.police.saferportal.portal.admin.control.ContentAdminApi;
import uk.police.saferportal.portal.admin.entity.ContentCheck;
import uk.police.saferportal.portal.admin.entity.ContentDraft;
import uk.police.saferportal.portal.admin.entity.RevisionSummary;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Area;
import uk.police.saferportal.portal.platform.entity.Content;
import uk.police.saferportal.portal.platform.entity.Problem;
import uk.police.saferportal.portal.platform.entity.Topic;

/**
 * Writing and changing one article, and the workflow buttons. The version read with the article
 * travels back in If-Match, so a change someone else saved first is never overwritten. After each
 * action the page redirects (post/redirect/get) with a flash message.
 */
@Named
@ViewScoped
public class AdviceEditor implements Serializable {
  private static final Set<String> FIELDS =
      Set.of(
          "slug",
          "title",
          "summary",
          "contentNote",
          "body",
          "topics",
          "areas",
          "publishAt",
          "unpublishAt",
          "heroImage",
          "heroAlt",
          "callToActionLabel",
          "callToActionUrl",
          "startsOn",
          "endsOn");

  @Inject @RestClient transient ContentAdminApi api;
  @Inject transient PublicContent reference;

  private String type = "advice";
  private boolean unpublishedChanges;
  private boolean changesInReview;
  private String changesSubmittedBy;
  private String slug;
  private Long version;
  private String state;
  private String title;
  private String summary;
  private String contentNote;
  private String body;
  private List<String> topics = new ArrayList<>();
  private List<String> areas = new ArrayList<>();
  private String heroImage;
  private String heroAlt;
  private String callToActionLabel;
  private String callToActionUrl;
  private String startsOn;
  private String endsOn;
  private List<Topic> topicChoices = List.of();
  private List<uk.police.saferportal.portal.admin.entity.MediaItem> imageChoices = List.of();
  private List<Area> areaChoices = List.of();
  private String publishAtText;
  private String unpublishAtText;
  private String publishAtInput;
  private String unpublishAtInput;
  private List<RevisionSummary> revisions = List.of();
  private List<ContentCheck> checks = List.of();
  private boolean unavailable;
  private boolean loaded;

  /** Called by the view's viewAction once the slug parameter is set. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      if (!List.of("advice", "campaign", "page").contains(type)) {
        type = "advice";
      }
      topicChoices = reference.topics();
      imageChoices = StaffApiCalls.call(() -> api.media(null, "image", 1, 50)).items();
      areaChoices = reference.areas();
      if (slug != null && !slug.isBlank()) {
        show(StaffApiCalls.call(() -> api.item(collection(), slug)));
        revisions = StaffApiCalls.call(() -> api.revisions(collection(), slug)).items();
        checks = StaffApiCalls.call(() -> api.checks(collection(), slug)).items();
      }
    } catch (ApiUnavailableException e) {
      unavailable = true;
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
        Faces.responseSendError(404, "No such " + noun());
        Faces.responseComplete();
        return;
      }
      ProblemMessages.show(e.problem(), FIELDS);
    }
  }

  private void show(Content advice) {
    unpublishedChanges = advice.workingDraft() != null;
    changesInReview = unpublishedChanges && advice.workingDraft().inReview();
    changesSubmittedBy = changesInReview ? advice.workingDraft().submittedBy() : null;
    type = advice.type();
    slug = advice.slug();
    version = advice.version();
    state = advice.state();
    title = advice.title();
    summary = advice.summary();
    contentNote = advice.contentNote();
    body = advice.body();
    topics = new ArrayList<>(advice.topics().stream().map(Topic::slug).toList());
    areas = new ArrayList<>(advice.areas().stream().map(Area::slug).toList());
    publishAtText = advice.publishAtText();
    if (advice.campaign() != null) {
      var c = advice.campaign();
      heroImage = c.heroImage();
      heroAlt = c.heroAlt();
      callToActionLabel = c.callToActionLabel();
      callToActionUrl = c.callToActionUrl();
      startsOn = c.startsOn() == null ? null : c.startsOn().toString();
      endsOn = c.endsOn() == null ? null : c.endsOn().toString();
    }
    if (advice.workingDraft() != null) {
      var w = advice.workingDraft();
      title = w.title();
      summary = w.summary();
      contentNote = w.contentNote();
      body = w.body();
      topics = new ArrayList<>(w.topics() == null ? List.of() : w.topics());
      areas = new ArrayList<>(w.areas() == null ? List.of() : w.areas());
      if (w.campaign() != null) {
        heroImage = blankToNull(w.campaign().get("heroImage"));
        heroAlt = blankToNull(w.campaign().get("heroAlt"));
        callToActionLabel = blankToNull(w.campaign().get("callToActionLabel"));
        callToActionUrl = blankToNull(w.campaign().get("callToActionUrl"));
        startsOn = blankToNull(w.campaign().get("startsOn"));
        endsOn = blankToNull(w.campaign().get("endsOn"));
      }
    }
    unpublishAtText = advice.unpublishAtText();
  }

  public String save() {
    topics = ticked("topics");
    areas = ticked("areas");
    java.time.LocalDate starts;
    java.time.LocalDate ends;
    try {
      starts = day(startsOn);
    } catch (java.time.format.DateTimeParseException e) {
      ProblemMessages.error("startsOn", "Enter the start date as a real date");
      return null;
    }
    try {
      ends = day(endsOn);
    } catch (java.time.format.DateTimeParseException e) {
      ProblemMessages.error("endsOn", "Enter the end date as a real date");
      return null;
    }
    boolean campaign = isCampaign();
    ContentDraft draft =
        new ContentDraft(
            isNew() ? null : slug,
            title,
            summary,
            body,
            topics,
            areas,
            campaign ? heroImage : null,
            campaign ? heroAlt : null,
            campaign ? callToActionLabel : null,
            campaign ? callToActionUrl : null,
            campaign ? starts : null,
            campaign ? ends : null,
            contentNote);
    return act(
        () ->
            isNew()
                ? api.create(collection(), draft)
                : api.update(collection(), slug, ifMatch(), draft),
        isPublished()
            ? "Changes saved. The public sees them once they are published"
            : label() + " saved");
  }

  public String publish() {
    boolean changes = unpublishedChanges;
    return act(
        () -> api.act(collection(), slug, "publish", ifMatch()),
        changes
            ? "Changes published: the public can see them now"
            : label() + " published: the public can see it now");
  }

  public String submit() {
    boolean changes = unpublishedChanges;
    return act(
        () -> api.act(collection(), slug, "submit", ifMatch()),
        changes
            ? "Changes sent for review: a publisher will check them"
            : "Sent for review: a publisher will check it");
  }

  public String returnToDraft() {
    boolean changes = changesInReview;
    return act(
        () -> api.act(collection(), slug, "return-to-draft", ifMatch()),
        changes ? "Changes returned to their editor" : "Returned to draft");
  }

  public String archive() {
    return act(
        () -> api.act(collection(), slug, "archive", ifMatch()),
        "Archived: it is off the public site");
  }

  /** Schedules with the UK times typed in the two date-time fields. */
  public String schedule() {
    java.time.Instant at;
    java.time.Instant until;
    try {
      at = ukTime(publishAtInput);
      until = ukTime(unpublishAtInput);
    } catch (java.time.format.DateTimeParseException e) {
      ProblemMessages.error("publishAt", "Enter dates and times like 01/12/2026 09:00");
      return null;
    }
    if (at == null && until == null) {
      ProblemMessages.error("publishAt", "Enter when to publish");
      return null;
    }
    var request = new uk.police.saferportal.portal.admin.entity.ScheduleRequest(at, until);
    return act(() -> api.schedule(collection(), slug, ifMatch(), request), "Schedule saved");
  }

  /** Makes a preview link (for this member of staff only) and opens it. */
  public String preview() {
    try {
      var link = StaffApiCalls.call(() -> api.preview(collection(), slug));
      return "/admin/preview?faces-redirect=true&token=" + link.token();
    } catch (ApiProblemException e) {
      showProblem(e.problem());
      return null;
    } catch (ApiUnavailableException e) {
      ProblemMessages.error(null, "Sorry, the content service is not available. Try again soon.");
      return null;
    }
  }

  /** Makes revision {@code number} the current content again. */
  public String restore(int number) {
    return act(
        () -> api.restore(collection(), slug, number, ifMatch()),
        "Revision " + number + " restored");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Whether a published item has saved changes the public does not see yet. */
  public boolean isUnpublishedChanges() {
    return unpublishedChanges;
  }

  /** Whether those changes wait for a publisher's review. */
  public boolean isChangesInReview() {
    return changesInReview;
  }

  public String getChangesSubmittedBy() {
    return changesSubmittedBy;
  }

  private static java.time.LocalDate day(String value) {
    return value == null || value.isBlank() ? null : java.time.LocalDate.parse(value.trim());
  }

  private String collection() {
    return Content.collectionOf(type);
  }

  /** "article", "campaign" or "page". */
  public String noun() {
    return switch (type) {
      case "campaign" -> "campaign";
      case "page" -> "page";
      default -> "article";
    };
  }

  /** "Article", "Campaign" or "Page". */
  public String label() {
    String noun = noun();
    return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
  }

  public boolean isCampaign() {
    return "campaign".equals(type);
  }

  /** Where the public sees this item once published. */
  public String getPublicPath() {
    return Content.publicPathOf(type, slug);
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type == null || type.isBlank() ? "advice" : type;
  }

  public String getHeroImage() {
    return heroImage;
  }

  public void setHeroImage(String heroImage) {
    this.heroImage = heroImage;
  }

  public String getHeroAlt() {
    return heroAlt;
  }

  public void setHeroAlt(String heroAlt) {
    this.heroAlt = heroAlt;
  }

  public String getCallToActionLabel() {
    return callToActionLabel;
  }

  public void setCallToActionLabel(String callToActionLabel) {
    this.callToActionLabel = callToActionLabel;
  }

  public String getCallToActionUrl() {
    return callToActionUrl;
  }

  public void setCallToActionUrl(String callToActionUrl) {
    this.callToActionUrl = callToActionUrl;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }

  private static java.time.Instant ukTime(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return java.time.LocalDateTime.parse(value.trim())
        .atZone(java.time.ZoneId.of("Europe/London"))
        .toInstant();
  }

  /** Drops the unpublished changes of a published item; the public page stays as it is. */
  public String discardChanges() {
    return act(
        () -> api.act(collection(), slug, "discard-draft", ifMatch()),
        "Changes discarded: the page is as published");
  }

  public String unpublish() {
    return act(
        () -> api.act(collection(), slug, "unpublish", ifMatch()),
        label() + " unpublished: it is a draft again");
  }

  public String delete() {
    try {
      StaffApiCalls.call(
          () -> {
            api.delete(collection(), slug, ifMatch());
            return null;
          });
      Messages.addFlashGlobalInfo(label() + " deleted");
      return "/admin/index?faces-redirect=true";
    } catch (ApiProblemException e) {
      showProblem(e.problem());
      return null;
    } catch (ApiUnavailableException e) {
      ProblemMessages.error(null, "Sorry, the content service is not available. Try again soon.");
      return null;
    }
  }

  private String act(java.util.function.Supplier<Content> action, String done) {
    try {
      Content saved = StaffApiCalls.call(action);
      Messages.addFlashGlobalInfo(done);
      return "/admin/advice?faces-redirect=true&type=" + saved.type() + "&slug=" + saved.slug();
    } catch (ApiProblemException e) {
      showProblem(e.problem());
      return null;
    } catch (ApiUnavailableException e) {
      ProblemMessages.error(
          null,
          "Sorry, the content service is not available. Your changes are still here: try again soon.");
      return null;
    }
  }

  private void showProblem(Problem problem) {
    if (problem.status() == 412) {
      ProblemMessages.error(
          null,
          "Someone else changed this "
              + noun()
              + " while you were editing it. Copy your changes,"
              + " reload the page to see theirs, then make yours again.");
      return;
    }
    if (problem.status() == 403) {
      ProblemMessages.error(null, "Your role does not allow this. Ask a publisher.");
      return;
    }
    ProblemMessages.show(problem, FIELDS);
  }

  /** The values of the GOV.UK checkboxes ticked in this post (plain inputs, not components). */
  private static List<String> ticked(String name) {
    String[] values = Faces.getRequestParameterValues(name);
    return values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
  }

  private String ifMatch() {
    return version == null ? null : "\"" + version + "\"";
  }

  public boolean isNew() {
    return version == null;
  }

  public boolean isPublished() {
    return "published".equals(state);
  }

  /**
   * Whether the current state allows a move (mirrors the API's rules to show only usable buttons).
   */
  public boolean can(String action) {
    if (isNew() || state == null) {
      return false;
    }
    return switch (action) {
      case "submit" -> state.equals("draft") || (unpublishedChanges && !changesInReview);
      case "publish" ->
          List.of("draft", "in-review", "scheduled").contains(state)
              || (state.equals("published") && unpublishedChanges);
      case "discard-draft" -> unpublishedChanges;
      case "schedule" -> !state.equals("archived");
      case "return-to-draft" ->
          List.of("in-review", "scheduled", "archived").contains(state) || changesInReview;
      case "unpublish" -> state.equals("published");
      case "archive" -> !state.equals("archived");
      default -> false;
    };
  }

  public String getPublishAtText() {
    return publishAtText;
  }

  public String getUnpublishAtText() {
    return unpublishAtText;
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

  public List<ContentCheck> getChecks() {
    return checks;
  }

  public List<RevisionSummary> getRevisions() {
    return revisions;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getState() {
    return state;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContentNote() {
    return contentNote;
  }

  public void setContentNote(String contentNote) {
    this.contentNote = contentNote;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
  }

  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
  }

  /**
   * The hero image choices: none, the library's images (newest 50), and the current image if it is
   * not among them, so saving never loses it.
   */
  public List<jakarta.faces.model.SelectItem> getHeroImageChoices() {
    List<jakarta.faces.model.SelectItem> items = new ArrayList<>();
    items.add(new jakarta.faces.model.SelectItem("", "No image"));
    boolean current = false;
    for (var image : imageChoices) {
      items.add(
          new jakarta.faces.model.SelectItem(
              image.url(), image.fileName() + " (" + image.alt() + ")"));
      current |= image.url().equals(heroImage);
    }
    if (heroImage != null && !heroImage.isBlank() && !current) {
      items.add(new jakarta.faces.model.SelectItem(heroImage, "The current image"));
    }
    return items;
  }

  /** The library's images (newest 50), to insert into the text. */
  public List<uk.police.saferportal.portal.admin.entity.MediaItem> getImageChoices() {
    return imageChoices;
  }

  public List<Topic> getTopicChoices() {
    return topicChoices;
  }

  public List<Area> getAreaChoices() {
    return areaChoices;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
