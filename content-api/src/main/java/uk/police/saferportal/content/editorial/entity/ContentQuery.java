package uk.police.saferportal.content.editorial.entity;

import java.util.Optional;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.SortOrder;

/**
 * A search of content: every filter optional, always paged and sorted; a text search without an
 * explicit sort is ranked by relevance. {@code type} is a content type name ({@code advice}, {@code
 * campaign}, {@code page}); {@code author} who created the item.
 */
public record ContentQuery(
    Optional<String> type,
    Optional<EditorialState> state,
    Optional<String> topic,
    Optional<String> area,
    Optional<String> author,
    Optional<String> text,
    SortOrder sort,
    PageRequest page,
    boolean byRelevance) {
  public static final String[] SORT_FIELDS = {"published", "updated", "title"};
}
