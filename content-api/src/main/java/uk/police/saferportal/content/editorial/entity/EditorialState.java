package uk.police.saferportal.content.editorial.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a piece of content is in its life. Only {@link #PUBLISHED} content is public; the others
 * are staff-only: a draft being written, waiting for a publisher's review, scheduled to go live at
 * a set time, or archived (taken down for good, kept for the record).
 */
public enum EditorialState {
  DRAFT,
  IN_REVIEW,
  SCHEDULED,
  PUBLISHED,
  ARCHIVED;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
