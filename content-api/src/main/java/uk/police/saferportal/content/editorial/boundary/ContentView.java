package uk.police.saferportal.content.editorial.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.saferportal.content.area.boundary.AreaView;
import uk.police.saferportal.content.area.boundary.Reference;
import uk.police.saferportal.content.area.boundary.TopicView;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.editorial.entity.WorkingDraft;

/**
 * An item of any content type as the API shows it. Lists leave out the body and name topics and
 * areas by reference (slug and name); the public never sees the state, version, staff names,
 * working draft or allowed actions. A type with fields of its own shows them as one object named
 * after the type ({@code "campaign": {...}}), a key no record can name, so answers carry {@link
 * #json()}: the fields in a fixed order, absent ones left out.
 */
public record ContentView(
    String type,
    String slug,
    String title,
    String summary,
    String body,
    List<?> topics,
    List<?> areas,
    String contentNote,
    boolean quickExit,
    Object own,
    String state,
    Instant publishedAt,
    Instant publishAt,
    Instant unpublishAt,
    Instant updatedAt,
    Instant createdAt,
    String createdBy,
    String updatedBy,
    Long version,
    WorkingDraftView workingDraft,
    List<String> allowedActions) {

  /**
   * Changes to a published item not yet published (staff only): what the editor is working on,
   * topics and areas by slug, the type's own fields as text ({@code own}, shown under the type's
   * name).
   */
  public record WorkingDraftView(
      String title,
      String summary,
      String body,
      List<String> topics,
      List<String> areas,
      Map<String, String> own,
      String contentNote,
      String savedBy,
      boolean inReview,
      String submittedBy,
      Instant submittedAt) {

    Map<String, Object> json(String type) {
      Map<String, Object> json = new LinkedHashMap<>();
      put(json, "title", title);
      put(json, "summary", summary);
      put(json, "body", body);
      put(json, "topics", topics);
      put(json, "areas", areas);
      put(json, type, own);
      put(json, "contentNote", contentNote);
      put(json, "savedBy", savedBy);
      put(json, "inReview", inReview);
      put(json, "submittedBy", submittedBy);
      put(json, "submittedAt", submittedAt);
      return json;
    }
  }

  /**
   * The fields a public answer's items can have, in their order, for the {@code fields} parameter:
   * a list item's, or (with {@code detail}) an item's own, of any of these types.
   */
  public static List<String> publicFields(Collection<ContentType> types, boolean detail) {
    List<String> fields = new ArrayList<>(List.of("type", "slug", "title", "summary"));
    if (detail) {
      fields.add("body");
    }
    fields.addAll(List.of("topics", "areas", "contentNote", "quickExit"));
    types.stream().filter(ContentType::hasOwnFields).map(ContentType::name).forEach(fields::add);
    fields.addAll(List.of("publishedAt", "updatedAt"));
    return List.copyOf(fields);
  }

  /** A list item: no body, topics and areas as references (slug and name). */
  public static ContentView publicListItem(ContentItem c, ContentType type) {
    return of(c, type, false, false, null);
  }

  public static ContentView publicDetail(ContentItem c, ContentType type) {
    return of(c, type, true, false, null);
  }

  public static ContentView staffListItem(ContentItem c, ContentType type) {
    return of(c, type, false, true, null);
  }

  /** One item for staff, with the moves the caller may take on it. */
  public static ContentView staffDetail(
      ContentItem c, ContentType type, List<String> allowedActions) {
    return of(c, type, true, true, allowedActions);
  }

  private static ContentView of(
      ContentItem c,
      ContentType type,
      boolean withBody,
      boolean forStaff,
      List<String> allowedActions) {
    return new ContentView(
        c.contentType(),
        c.slug(),
        c.title(),
        c.summary(),
        withBody ? c.body() : null,
        withBody
            ? c.topics().stream().map(TopicView::of).toList()
            : c.topics().stream().map(Reference::of).toList(),
        withBody
            ? c.areas().stream().map(AreaView::of).toList()
            : c.areas().stream().map(Reference::of).toList(),
        c.contentNote().orElse(null),
        c.sensitive(),
        type.hasOwnFields() ? type.ownFieldsView(c.details()) : null,
        forStaff ? c.state().apiName() : null,
        c.publishedAt().orElse(null),
        forStaff ? c.editorial().publishAt().orElse(null) : null,
        forStaff ? c.editorial().unpublishAt().orElse(null) : null,
        c.updatedAt(),
        forStaff ? c.createdAt() : null,
        forStaff ? c.createdBy() : null,
        forStaff ? c.updatedBy() : null,
        forStaff ? c.version() : null,
        forStaff ? workingDraft(c, type, withBody) : null,
        allowedActions);
  }

  /** The working draft; in lists without its body, like the item itself. */
  private static WorkingDraftView workingDraft(ContentItem c, ContentType type, boolean withBody) {
    WorkingDraft changes = c.workingDraft();
    if (!changes.waiting()) {
      return null;
    }
    ContentSnapshot w = ContentSnapshot.working(c);
    return new WorkingDraftView(
        w.title(),
        w.summary(),
        withBody ? w.body() : null,
        w.topics(),
        w.areas(),
        type.hasOwnFields() ? w.details() : null,
        w.contentNote(),
        changes.savedBy().orElse(null),
        changes.inReview(),
        changes.submittedBy().orElse(null),
        changes.submittedAt().orElse(null));
  }

  /**
   * What the public page will show once the working draft (if any) is published: the public detail
   * with the working content; topics and areas already looked up by the caller.
   */
  public static ContentView preview(
      ContentItem c,
      ContentType type,
      ContentSnapshot working,
      List<TopicView> topics,
      List<AreaView> areas) {
    return new ContentView(
        c.contentType(),
        c.slug(),
        working.title(),
        working.summary(),
        working.body(),
        topics,
        areas,
        working.contentNote(),
        topics.stream().anyMatch(TopicView::sensitive),
        type.hasOwnFields() ? type.ownFieldsView(working.details()) : null,
        null,
        c.publishedAt().orElse(null),
        null,
        null,
        c.updatedAt(),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The view as JSON-B writes it: an ordered map, absent fields left out, own fields by name. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    put(json, "type", type);
    put(json, "slug", slug);
    put(json, "title", title);
    put(json, "summary", summary);
    put(json, "body", body);
    put(json, "topics", topics);
    put(json, "areas", areas);
    put(json, "contentNote", contentNote);
    put(json, "quickExit", quickExit);
    put(json, type, own);
    put(json, "state", state);
    put(json, "publishedAt", publishedAt);
    put(json, "publishAt", publishAt);
    put(json, "unpublishAt", unpublishAt);
    put(json, "updatedAt", updatedAt);
    put(json, "createdAt", createdAt);
    put(json, "createdBy", createdBy);
    put(json, "updatedBy", updatedBy);
    put(json, "version", version);
    if (workingDraft != null) {
      json.put("workingDraft", workingDraft.json(type));
    }
    put(json, "allowedActions", allowedActions);
    return json;
  }

  private static void put(Map<String, Object> json, String key, Object value) {
    if (value != null) {
      json.put(key, value);
    }
  }
}
