package uk.police.saferportal.content.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.editorial.control.RichTextSanitiser;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * Turns the shared fields of a draft, as sent, into {@link ContentFields}: text trimmed, the body
 * sanitised, topic and area slugs looked up (an unknown one is a field problem).
 */
@ApplicationScoped
public class ContentFieldsReader {
  @Inject AreaDirectory directory;

  public ContentFields read(
      String title,
      String summary,
      String body,
      List<String> topics,
      List<String> areas,
      String contentNote) {
    String clean = RichTextSanitiser.sanitise(body);
    if (clean.isBlank()) {
      throw ProblemException.invalidField(
          "body", "The body has no text left once unsafe HTML is removed. Enter the text");
    }
    return new ContentFields(
        title.trim(),
        summary.trim(),
        clean,
        directory.topics(topics, "topics"),
        directory.areas(areas, "areas"),
        contentNote);
  }
}
