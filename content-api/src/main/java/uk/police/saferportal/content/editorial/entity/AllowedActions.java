package uk.police.saferportal.content.editorial.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which moves a member of staff may take on an item now, by their API names, so the back office
 * shows only usable buttons and never repeats the rules: what the state allows ({@link
 * EditorialAction}), what a published item's working draft allows (submit, publish or discard its
 * changes; return them while in review; give it an end time), less what the caller's permissions do
 * not cover.
 */
public final class AllowedActions {
  /** Dropping a published item's unpublished changes is an editor's move, like writing them. */
  public static final String DISCARD_DRAFT = "discard-draft";

  public static final String DISCARD_DRAFT_PERMISSION = EditorialAction.SUBMIT.permission();

  private static final List<EditorialAction> ORDER =
      List.of(
          EditorialAction.SUBMIT,
          EditorialAction.PUBLISH,
          EditorialAction.SCHEDULE,
          EditorialAction.RETURN_TO_DRAFT,
          EditorialAction.UNPUBLISH,
          EditorialAction.ARCHIVE);

  private AllowedActions() {}

  /** The moves for an item, in a fixed order, for a caller holding what {@code permitted} says. */
  public static List<String> of(ContentItem item, Predicate<String> permitted) {
    WorkingDraft changes = item.workingDraft();
    return of(item.state(), changes.waiting(), changes.inReview(), permitted);
  }

  public static List<String> of(
      EditorialState state,
      boolean changesWaiting,
      boolean changesInReview,
      Predicate<String> permitted) {
    List<String> allowed = new ArrayList<>();
    for (EditorialAction action : ORDER) {
      if (possible(action, state, changesWaiting, changesInReview)
          && permitted.test(action.permission())) {
        allowed.add(action.apiName());
      }
    }
    if (changesWaiting && permitted.test(DISCARD_DRAFT_PERMISSION)) {
      allowed.add(DISCARD_DRAFT);
    }
    return List.copyOf(allowed);
  }

  private static boolean possible(
      EditorialAction action, EditorialState state, boolean waiting, boolean inReview) {
    boolean published = state == EditorialState.PUBLISHED;
    return switch (action) {
      case SUBMIT -> action.allowedFrom(state) || (waiting && !inReview);
      case PUBLISH -> action.allowedFrom(state) || (published && waiting);
      // published content can be given an end time alone
      case SCHEDULE -> action.allowedFrom(state) || published;
      case RETURN_TO_DRAFT -> action.allowedFrom(state) || inReview;
      case UNPUBLISH, ARCHIVE -> action.allowedFrom(state);
    };
  }
}
