package uk.police.saferportal.content.advice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.editorial.entity.ContentFields;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.editorial.entity.EditorialRuleException;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.editorial.entity.Slug;

class AdviceTest {
  private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private Advice draft() {
    return new Advice(
        new Slug("lock-up"),
        new ContentFields("Lock up", "Always", "<p>Lock</p>", Set.of(), Set.of(), null),
        "editor",
        T0);
  }

  @Test
  void startsAsADraftNobodyPublished() {
    Advice advice = draft();
    assertEquals(EditorialState.DRAFT, advice.state());
    assertFalse(advice.isPublished());
    assertTrue(advice.publishedAt().isEmpty());
    assertEquals("editor", advice.createdBy());
  }

  @Test
  void publishingRecordsWhenAndWho() {
    Advice advice = draft();
    advice.act(EditorialAction.PUBLISH, "publisher", T1);
    assertTrue(advice.isPublished());
    assertEquals(T1, advice.publishedAt().orElseThrow());
    assertEquals("publisher", advice.updatedBy());
  }

  @Test
  void cannotPublishTwiceOrUnpublishADraft() {
    Advice advice = draft();
    assertThrows(
        EditorialRuleException.class, () -> advice.act(EditorialAction.UNPUBLISH, "publisher", T1));
    advice.act(EditorialAction.PUBLISH, "publisher", T1);
    assertThrows(
        EditorialRuleException.class, () -> advice.act(EditorialAction.PUBLISH, "publisher", T1));
  }

  @Test
  void unpublishingReturnsToDraft() {
    Advice advice = draft();
    advice.act(EditorialAction.PUBLISH, "publisher", T1);
    advice.act(EditorialAction.UNPUBLISH, "publisher", T1);
    assertEquals(EditorialState.DRAFT, advice.state());
  }

  @Test
  void revisingKeepsTheStateAndRecordsTheEditor() {
    Advice advice = draft();
    advice.act(EditorialAction.PUBLISH, "publisher", T1);
    advice.revise(
        new ContentFields("Lock up!", "Always.", "<p>Lock it</p>", Set.of(), Set.of(), "  "),
        "editor2",
        T1);
    assertTrue(advice.isPublished());
    assertEquals("Lock up!", advice.title());
    assertTrue(advice.contentNote().isEmpty(), "a blank content note is no note");
    assertEquals("editor2", advice.updatedBy());
  }
}
