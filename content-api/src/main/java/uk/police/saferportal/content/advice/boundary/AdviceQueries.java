package uk.police.saferportal.content.advice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.police.saferportal.content.advice.entity.AdviceQuery;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.SortOrder;

/** Reads the advice query parameters the same way for the public and staff collections. */
@ApplicationScoped
public class AdviceQueries {
  @Inject AreaDirectory directory;

  AdviceQuery parse(
      Optional<EditorialState> state,
      String topic,
      String area,
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
    SortOrder fallback = SortOrder.parse(defaultSort, null, AdviceQuery.SORT_FIELDS);
    return new AdviceQuery(
        state,
        topicSlug,
        areaSlug,
        text,
        SortOrder.parse(sort, fallback, AdviceQuery.SORT_FIELDS),
        PageRequest.parse(page, size),
        text.isPresent() && (sort == null || sort.isBlank()));
  }

  static Optional<EditorialState> state(String state) {
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
