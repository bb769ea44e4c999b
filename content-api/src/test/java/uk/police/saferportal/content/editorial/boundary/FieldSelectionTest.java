package uk.police.saferportal.content.editorial.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.platform.entity.ProblemException;

class FieldSelectionTest {
  private static final List<String> FIELDS = List.of("type", "slug", "title", "summary");

  @Test
  void keepsTheChosenFieldsInTheirUsualOrder() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "advice");
    item.put("slug", "s");
    item.put("title", "T");
    item.put("summary", "S");
    var selection = FieldSelection.parse(" title , slug", FIELDS);
    assertEquals(List.of("slug", "title"), List.copyOf(selection.apply(item).keySet()));
    assertSame(item, FieldSelection.parse("", FIELDS).apply(item));
    assertSame(item, FieldSelection.parse(null, FIELDS).apply(item));
  }

  @Test
  void refusesNamesTheAnswerDoesNotHave() {
    ProblemException unknown =
        assertThrows(ProblemException.class, () -> FieldSelection.parse("slug,body", FIELDS));
    assertEquals("fields", unknown.problem().errors().get(0).field());
    assertTrue(unknown.problem().detail().contains("type, slug, title, summary"));
    assertThrows(ProblemException.class, () -> FieldSelection.parse("slug,", FIELDS));
    assertThrows(ProblemException.class, () -> FieldSelection.parse("x".repeat(301), FIELDS));
  }
}
