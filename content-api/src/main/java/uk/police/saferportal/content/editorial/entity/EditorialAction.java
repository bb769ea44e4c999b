package uk.police.saferportal.content.editorial.entity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.police.saferportal.content.security.entity.Permissions;

/**
 * The moves between editorial states, who may make them, and from where. Editors write and submit
 * for review; publishers (and administrators) approve, schedule, publish, unpublish, return to
 * draft and archive. The same rules serve every content type.
 */
public enum EditorialAction {
  SUBMIT(EnumSet.of(EditorialState.DRAFT), EditorialState.IN_REVIEW, Permissions.CONTENT_WRITE),
  RETURN_TO_DRAFT(
      EnumSet.of(EditorialState.IN_REVIEW, EditorialState.SCHEDULED, EditorialState.ARCHIVED),
      EditorialState.DRAFT,
      Permissions.CONTENT_PUBLISH),
  SCHEDULE(
      EnumSet.of(EditorialState.DRAFT, EditorialState.IN_REVIEW, EditorialState.SCHEDULED),
      EditorialState.SCHEDULED,
      Permissions.CONTENT_PUBLISH),
  PUBLISH(
      EnumSet.of(EditorialState.DRAFT, EditorialState.IN_REVIEW, EditorialState.SCHEDULED),
      EditorialState.PUBLISHED,
      Permissions.CONTENT_PUBLISH),
  UNPUBLISH(
      EnumSet.of(EditorialState.PUBLISHED), EditorialState.DRAFT, Permissions.CONTENT_PUBLISH),
  ARCHIVE(
      EnumSet.of(
          EditorialState.DRAFT,
          EditorialState.IN_REVIEW,
          EditorialState.SCHEDULED,
          EditorialState.PUBLISHED),
      EditorialState.ARCHIVED,
      Permissions.CONTENT_PUBLISH);

  private final Set<EditorialState> from;
  private final EditorialState to;
  private final String permission;

  EditorialAction(Set<EditorialState> from, EditorialState to, String permission) {
    this.from = from;
    this.to = to;
    this.permission = permission;
  }

  public boolean allowedFrom(EditorialState state) {
    return from.contains(state);
  }

  public EditorialState target() {
    return to;
  }

  /**
   * The permission ({@code feature:action}) a member of staff needs to take this action: what its
   * endpoint requires and what {@link AllowedActions} offers.
   */
  public String permission() {
    return permission;
  }

  public String apiName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<EditorialAction> fromApiName(String name) {
    for (EditorialAction action : values()) {
      if (action.apiName().equals(name)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
