package uk.police.saferportal.portal.content.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.content.control.ContentStaffApi;
import uk.police.saferportal.portal.content.entity.Content;
import uk.police.saferportal.portal.content.entity.ContentCheck;
import uk.police.saferportal.portal.content.entity.ContentDraft;
import uk.police.saferportal.portal.content.entity.ContentKind;
import uk.police.saferportal.portal.content.entity.RevisionSummary;
import uk.police.saferportal.portal.content.entity.Topic;
import uk.police.saferportal.portal.platform.boundary.ApiCall;

/**
 * Writing and changing one item of any content type: its fields, what it is checked against, its
 * revisions. The version read with the item travels back in If-Match, so a change someone else
 * saved first is never overwritten. After each change the page redirects (post/redirect/get) with a
 * flash message. The workflow buttons are {@link ContentWorkflow}'s.
 */
@Named
@ViewScoped
public class ContentEditor implements Serializable {
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

  @Inject @RestClient transient ContentStaffApi api;
  @Inject EditorChoices choices;

  private ContentKind kind = ContentKind.ADVICE;
  private boolean unpublishedChanges;
  private boolean changesInReview;
  private String changesSubmittedBy;
  private String slug;
  private Long version;
  private String state;
  private List<String> allowedActions = List.of();
  private String title;
  private String summary;
  private String contentNote;
  private String body;
  private List<String> topics = new ArrayList<>();
  private List<String> areas = new ArrayList<>();
  private final CampaignFields campaign = new CampaignFields();
  private String publishAtText;
  private String unpublishAtText;
  private List<RevisionSummary> revisions = List.of();
  private List<ContentCheck> checks = List.of();
  private boolean unavailable;

  /**
   * Called by the view's viewAction once the type and slug parameters are set (on the first request
   * only, not on postbacks).
   */
  public void load() {
    ApiCall.run(
            () -> {
              choices.load();
              if (slug != null && !slug.isBlank()) {
                show(api.item(collection(), slug));
                revisions = api.revisions(collection(), slug).items();
                checks = api.checks(collection(), slug).items();
              }
            })
        .fields(FIELDS)
        .on(404, problem -> ApiCall.notFound("No such " + noun()))
        .load(() -> unavailable = true);
  }

  private void show(Content item) {
    Content.WorkingDraft changes = item.workingDraft();
    unpublishedChanges = changes != null;
    changesInReview = unpublishedChanges && changes.inReview();
    changesSubmittedBy = changesInReview ? changes.submittedBy() : null;
    kind = ContentKind.of(item.type());
    slug = item.slug();
    version = item.version();
    state = item.state();
    allowedActions = item.allowedActions() == null ? List.of() : item.allowedActions();
    title = item.title();
    summary = item.summary();
    contentNote = item.contentNote();
    body = item.body();
    topics = new ArrayList<>(item.topics().stream().map(Topic::slug).toList());
    areas = new ArrayList<>(item.areas().stream().map(Area::slug).toList());
    publishAtText = item.publishAtText();
    unpublishAtText = item.unpublishAtText();
    if (item.campaign() != null) {
      campaign.show(item.campaign());
    }
    if (changes != null) {
      title = changes.title();
      summary = changes.summary();
      contentNote = changes.contentNote();
      body = changes.body();
      topics = new ArrayList<>(changes.topics() == null ? List.of() : changes.topics());
      areas = new ArrayList<>(changes.areas() == null ? List.of() : changes.areas());
      if (changes.campaign() != null) {
        campaign.show(changes.campaign());
      }
    }
  }

  public String save() {
    topics = ticked("topics");
    areas = ticked("areas");
    if (isCampaign() && !campaign.datesAreReal()) {
      return null;
    }
    boolean c = isCampaign();
    ContentDraft draft =
        new ContentDraft(
            isNew() ? null : slug,
            title,
            summary,
            body,
            topics,
            areas,
            c ? campaign.details() : null,
            contentNote);
    return change(
        () ->
            isNew()
                ? api.create(collection(), draft)
                : api.update(collection(), slug, ifMatch(), draft),
        isPublished()
            ? "Changes saved. The public sees them once they are published"
            : label() + " saved");
  }

  /**
   * Makes a change to this item through the API and, once it is made, shows the item again with the
   * message {@code done}; a problem is shown on this page instead, with the input kept.
   */
  String change(Supplier<Content> action, String done) {
    Optional<Content> saved = problemsShown(ApiCall.of(action)).submit();
    saved.ifPresent(s -> Messages.addFlashGlobalInfo(done));
    return saved
        .map(s -> "/admin/advice?faces-redirect=true&type=" + s.type() + "&slug=" + s.slug())
        .orElse(null);
  }

  /** How this page words the API's problems with a change to the item. */
  <T> ApiCall<T> problemsShown(ApiCall<T> call) {
    return call.fields(FIELDS)
        .on(
            412,
            "Someone else changed this "
                + noun()
                + " while you were editing it. Copy your changes,"
                + " reload the page to see theirs, then make yours again.")
        .on(403, "Your role does not allow this. Ask a publisher.");
  }

  /** The values of the GOV.UK checkboxes ticked in this post (plain inputs, not components). */
  private static List<String> ticked(String name) {
    String[] values = Faces.getRequestParameterValues(name);
    return values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
  }

  String collection() {
    return kind.collection();
  }

  String ifMatch() {
    return version == null ? null : "\"" + version + "\"";
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

  /** "article", "campaign" or "page". */
  public String noun() {
    return kind.noun();
  }

  /** "Article", "Campaign" or "Page". */
  public String label() {
    String noun = noun();
    return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
  }

  public boolean isCampaign() {
    return kind == ContentKind.CAMPAIGN;
  }

  /** Where the public sees this item once published. */
  public String getPublicPath() {
    return Content.publicPathOf(kind.type(), slug);
  }

  public String getType() {
    return kind.type();
  }

  public void setType(String type) {
    this.kind = ContentKind.of(type);
  }

  public CampaignFields getCampaignFields() {
    return campaign;
  }

  public boolean isNew() {
    return version == null;
  }

  public boolean isPublished() {
    return "published".equals(state);
  }

  public String getPublishAtText() {
    return publishAtText;
  }

  public String getUnpublishAtText() {
    return unpublishAtText;
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

  /** The moves the content API says this member of staff may make on the item now. */
  List<String> allowedActions() {
    return allowedActions;
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

  public boolean isUnavailable() {
    return unavailable;
  }
}
