package uk.police.saferportal.content.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.editorial.control.ContentTypes;
import uk.police.saferportal.content.editorial.entity.ContentQuery;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.SortOrder;

/** Reads the content query parameters the same way for the public and staff collections. */
@ApplicationScoped
public class ContentQueries {
  @Inject AreaDirectory directory;
  @Inject ContentTypes types;

  public ContentQuery parse(
      Optional<String> type,
      Optional<EditorialState> state,
      String topic,
      String area,
      String author,
      String q,
      String page,
      String size,
      String sort,
      String defaultSort) {
    Optional<String> topicSlug = present(topic);
    topicSlug.ifPresent(
        slug -> {
          if (directory.topic(slug).isEmpty()) {
            throw ProblemException.invalidParameter("topic", "There is no topic '" + slug + "'.");
          }
        });
    Optional<String> areaSlug = present(area);
    areaSlug.ifPresent(
        slug -> {
          if (directory.area(slug).isEmpty()) {
            throw ProblemException.invalidParameter("area", "There is no area '" + slug + "'.");
          }
        });
    Optional<String> text = present(q);
    if (text.isPresent() && text.get().length() > 200) {
      throw ProblemException.invalidParameter("q", "Search for 200 characters or fewer.");
    }
    SortOrder fallback = SortOrder.parse(defaultSort, null, ContentQuery.SORT_FIELDS);
    return new ContentQuery(
        type,
        state,
        topicSlug,
        areaSlug,
        present(author),
        text,
        SortOrder.parse(sort, fallback, ContentQuery.SORT_FIELDS),
        PageRequest.parse(page, size),
        text.isPresent() && (sort == null || sort.isBlank()));
  }

  /** A content type name filter ({@code advice}, {@code campaign}...); blank means every type. */
  public Optional<String> type(String type) {
    if (type == null || type.isBlank()) {
      return Optional.empty();
    }
    if (types.named(type.trim()).isEmpty()) {
      throw ProblemException.invalidParameter("type", "type must be one of " + types.names() + ".");
    }
    return Optional.of(type.trim());
  }

  public static Optional<EditorialState> state(String state) {
    if (state == null || state.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        EditorialState.fromApiName(state.trim())
            .orElseThrow(
                () ->
                    ProblemException.invalidParameter(
                        "state",
                        "state must be one of draft, in-review, scheduled, published, archived.")));
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
