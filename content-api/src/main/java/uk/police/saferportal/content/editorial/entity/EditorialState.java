package uk.police.saferportal.content.editorial.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a piece of content is in its life: a draft is visible to staff only; published content is
 * what the public sees. Unpublishing returns it to draft.
 */
public enum EditorialState {
  DRAFT,
  PUBLISHED;

  public boolean canMoveTo(EditorialState next) {
    return this != next;
  }

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EditorialState> fromApiName(String name) {
    for (EditorialState state : values()) {
      if (state.apiName().equals(name)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
