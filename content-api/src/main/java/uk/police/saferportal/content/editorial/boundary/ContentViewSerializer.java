package uk.police.saferportal.content.editorial.boundary;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a {@link ContentView}: its fields in a fixed order, absent ones left out, and the type's
 * own fields under the type's name ({@code campaign}), which a record's fixed properties cannot
 * say.
 */
public class ContentViewSerializer implements JsonbSerializer<ContentView> {

  @Override
  public void serialize(ContentView view, JsonGenerator json, SerializationContext context) {
    json.writeStartObject();
    write(json, context, "type", view.type());
    write(json, context, "slug", view.slug());
    write(json, context, "title", view.title());
    write(json, context, "summary", view.summary());
    write(json, context, "body", view.body());
    write(json, context, "topics", view.topics());
    write(json, context, "areas", view.areas());
    write(json, context, "contentNote", view.contentNote());
    json.write("quickExit", view.quickExit());
    write(json, context, view.type(), view.own());
    write(json, context, "state", view.state());
    write(json, context, "publishedAt", view.publishedAt());
    write(json, context, "publishAt", view.publishAt());
    write(json, context, "unpublishAt", view.unpublishAt());
    write(json, context, "updatedAt", view.updatedAt());
    write(json, context, "createdAt", view.createdAt());
    write(json, context, "createdBy", view.createdBy());
    write(json, context, "updatedBy", view.updatedBy());
    write(json, context, "version", view.version());
    if (view.workingDraft() != null) {
      json.writeKey("workingDraft");
      workingDraft(view.type(), view.workingDraft(), json, context);
    }
    write(json, context, "allowedActions", view.allowedActions());
    json.writeEnd();
  }

  private static void workingDraft(
      String type,
      ContentView.WorkingDraftView draft,
      JsonGenerator json,
      SerializationContext context) {
    json.writeStartObject();
    write(json, context, "title", draft.title());
    write(json, context, "summary", draft.summary());
    write(json, context, "body", draft.body());
    write(json, context, "topics", draft.topics());
    write(json, context, "areas", draft.areas());
    write(json, context, type, draft.own());
    write(json, context, "contentNote", draft.contentNote());
    write(json, context, "savedBy", draft.savedBy());
    json.write("inReview", draft.inReview());
    write(json, context, "submittedBy", draft.submittedBy());
    write(json, context, "submittedAt", draft.submittedAt());
    json.writeEnd();
  }

  private static void write(
      JsonGenerator json, SerializationContext context, String key, Object value) {
    if (value != null) {
      context.serialize(key, value, json);
    }
  }
}
