package uk.police.saferportal.content.editorial.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import uk.police.saferportal.content.editorial.entity.ContentSnapshot;
import uk.police.saferportal.content.editorial.entity.Revision;

/** A revision as the API shows it; the content only when one revision is asked for. */
@JsonbPropertyOrder({"number", "createdAt", "author", "note", "content"})
public record RevisionView(
    int number, Instant createdAt, String author, String note, ContentSnapshot content) {

  static RevisionView summary(Revision revision) {
    return new RevisionView(
        revision.number(), revision.createdAt(), revision.author(), revision.note(), null);
  }

  static RevisionView full(Revision revision, ContentSnapshot content) {
    return new RevisionView(
        revision.number(), revision.createdAt(), revision.author(), revision.note(), content);
  }
}
