package uk.police.saferportal.content.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.control.RichTextSanitiser;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.platform.control.JsonInput;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * Reads a draft of one type as sent: the shared fields checked ({@link ContentDraft}), text
 * trimmed, the body sanitised, topic and area slugs looked up (an unknown one is a field problem);
 * then the type's own fields from the object named after it, read by the type. An object meant for
 * another type is refused.
 */
@ApplicationScoped
class ContentDraftReader {
  @Inject JsonInput input;
  @Inject ContentTypes types;
  @Inject AreaDirectory directory;

  /** A draft read: the slug asked for (may be null), the shared fields, the type's own. */
  record Read(String slug, ContentFields fields, Map<String, String> details) {}

  Read read(ContentType type, String body) {
    JsonObject json = input.object(body, "Send the content as JSON");
    ContentDraft draft = input.checked(json, ContentDraft.class, "");
    ContentFields fields = fields(draft);
    for (ContentType other : types.all()) {
      if (other != type && other.hasOwnFields() && !JsonInput.part(json, other.name()).isEmpty()) {
        throw ProblemException.invalidField(
            other.name(), "Only a " + other.noun() + " has '" + other.name() + "' fields");
      }
    }
    Map<String, String> details =
        type.hasOwnFields() ? type.readOwnFields(JsonInput.part(json, type.name())) : Map.of();
    return new Read(draft.slug(), fields, details);
  }

  private ContentFields fields(ContentDraft draft) {
    String clean = RichTextSanitiser.sanitise(draft.body());
    if (clean.isBlank()) {
      throw ProblemException.invalidField(
          "body", "The body has no text left once unsafe HTML is removed. Enter the text");
    }
    return new ContentFields(
        draft.title().trim(),
        draft.summary().trim(),
        clean,
        directory.topics(draft.topics(), "topics"),
        directory.areas(draft.areas(), "areas"),
        draft.contentNote());
  }
}
