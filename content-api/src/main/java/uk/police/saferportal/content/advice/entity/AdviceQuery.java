package uk.police.saferportal.content.advice.entity;

import java.util.Optional;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.SortOrder;

/**
 * A search of the advice: every filter optional, always paged and sorted; a text search without an
 * explicit sort is ranked by relevance.
 */
public record AdviceQuery(
    Optional<EditorialState> state,
    Optional<String> topic,
    Optional<String> area,
    Optional<String> text,
    SortOrder sort,
    PageRequest page,
    boolean byRelevance) {
  public static final String[] SORT_FIELDS = {"published", "updated", "title"};
}
