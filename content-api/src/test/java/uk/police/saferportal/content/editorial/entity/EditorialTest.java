package uk.police.saferportal.content.editorial.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.saferportal.content.security.entity.Role;

class EditorialTest {
  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
  private static final Instant LATER = NOW.plus(Duration.ofHours(1));
  private static final Instant LATER_STILL = NOW.plus(Duration.ofHours(2));

  @Test
  void startsAsAPrivateDraft() {
    Editorial editorial = new Editorial();
    assertEquals(EditorialState.DRAFT, editorial.state());
    assertFalse(editorial.isPublic());
  }

  @ParameterizedTest
  @CsvSource({
    "SUBMIT, DRAFT, IN_REVIEW",
    "RETURN_TO_DRAFT, IN_REVIEW, DRAFT",
    "PUBLISH, IN_REVIEW, PUBLISHED",
    "PUBLISH, DRAFT, PUBLISHED",
    "UNPUBLISH, PUBLISHED, DRAFT",
    "ARCHIVE, PUBLISHED, ARCHIVED",
    "RETURN_TO_DRAFT, ARCHIVED, DRAFT"
  })
  void allowedMovesReachTheirState(EditorialAction action, EditorialState from, EditorialState to) {
    Editorial editorial = in(from);
    editorial.apply(action, NOW);
    assertEquals(to, editorial.state());
  }

  @ParameterizedTest
  @CsvSource({
    "SUBMIT, IN_REVIEW",
    "SUBMIT, PUBLISHED",
    "PUBLISH, PUBLISHED",
    "PUBLISH, ARCHIVED",
    "UNPUBLISH, DRAFT",
    "ARCHIVE, ARCHIVED",
    "RETURN_TO_DRAFT, DRAFT",
    "RETURN_TO_DRAFT, PUBLISHED"
  })
  void refusedMovesChangeNothing(EditorialAction action, EditorialState from) {
    Editorial editorial = in(from);
    assertThrows(EditorialRuleException.class, () -> editorial.apply(action, NOW));
    assertEquals(from, editorial.state());
  }

  /**
   * What the back office offers each role, through Shiro's own permission check on the role's
   * grants: editors write and submit, only publishers (and administrators) move content onto or off
   * the site.
   */
  @ParameterizedTest
  @EnumSource(EditorialState.class)
  void onlyPublishersMoveContentOntoOrOffTheSite(EditorialState state) {
    Set<String> editorMoves = Set.of("submit", "discard-draft");
    for (boolean waiting : new boolean[] {false, true}) {
      List<String> editor = AllowedActions.of(state, waiting, false, grants(Role.EDITOR));
      List<String> publisher = AllowedActions.of(state, waiting, false, grants(Role.PUBLISHER));
      List<String> admin = AllowedActions.of(state, waiting, false, grants(Role.ADMINISTRATOR));
      assertTrue(editorMoves.containsAll(editor), state + ": " + editor);
      assertEquals(publisher, admin);
      assertTrue(publisher.containsAll(editor));
      assertEquals(publisher.stream().filter(editorMoves::contains).toList(), editor, state.name());
    }
    assertTrue(
        AllowedActions.of(EditorialState.DRAFT, false, false, grants(Role.PUBLISHER))
            .contains("publish"));
    assertFalse(
        AllowedActions.of(EditorialState.DRAFT, false, false, grants(Role.EDITOR))
            .contains("publish"));
  }

  /** Whether a role's permissions imply one, as the Shiro realm decides it. */
  private static Predicate<String> grants(Role role) {
    return wanted ->
        role.permissions().stream()
            .map(WildcardPermission::new)
            .anyMatch(granted -> granted.implies(new WildcardPermission(wanted)));
  }

  @Test
  void schedulingNeedsAFutureTimeAndAnEndAfterIt() {
    Editorial editorial = new Editorial();
    assertThrows(EditorialRuleException.class, () -> editorial.schedule(NOW, null, NOW));
    assertThrows(EditorialRuleException.class, () -> editorial.schedule(LATER, LATER, NOW));
    editorial.schedule(LATER, LATER_STILL, NOW);
    assertEquals(EditorialState.SCHEDULED, editorial.state());
    assertEquals(LATER, editorial.publishAt().orElseThrow());
    assertEquals(LATER_STILL, editorial.unpublishAt().orElseThrow());
  }

  @Test
  void publishingClearsTheScheduleAndRecordsTheTime() {
    Editorial editorial = new Editorial();
    editorial.schedule(LATER, null, NOW);
    editorial.apply(EditorialAction.PUBLISH, LATER);
    assertTrue(editorial.isPublic());
    assertEquals(LATER, editorial.publishedAt().orElseThrow());
    assertTrue(editorial.publishAt().isEmpty());
  }

  @Test
  void publishedContentCanBeGivenAnEndAlone() {
    Editorial editorial = in(EditorialState.PUBLISHED);
    editorial.schedule(null, LATER, NOW);
    assertEquals(EditorialState.PUBLISHED, editorial.state());
    assertEquals(LATER, editorial.unpublishAt().orElseThrow());
    assertThrows(EditorialRuleException.class, () -> new Editorial().schedule(null, LATER, NOW));
  }

  private static Editorial in(EditorialState state) {
    Editorial editorial = new Editorial();
    switch (state) {
      case DRAFT -> {}
      case IN_REVIEW -> editorial.apply(EditorialAction.SUBMIT, NOW);
      case SCHEDULED -> editorial.schedule(LATER, null, NOW);
      case PUBLISHED -> editorial.apply(EditorialAction.PUBLISH, NOW);
      case ARCHIVED -> editorial.apply(EditorialAction.ARCHIVE, NOW);
    }
    return editorial;
  }
}
