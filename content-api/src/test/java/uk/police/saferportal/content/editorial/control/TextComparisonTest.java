package uk.police.saferportal.content.editorial.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.editorial.entity.TextChange;
import uk.police.saferportal.content.editorial.entity.TextChange.Kind;

class TextComparisonTest {

  @Test
  void marksTheWordsThatChanged() {
    assertEquals(
        List.of(
            new TextChange(Kind.SAME, "Lock your "),
            new TextChange(Kind.REMOVED, "shed"),
            new TextChange(Kind.ADDED, "garage"),
            new TextChange(Kind.SAME, " at night")),
        TextComparison.compare("Lock your shed at night", "Lock your garage at night"));
  }

  @Test
  void identicalTextIsOneUnchangedRun() {
    assertEquals(
        List.of(new TextChange(Kind.SAME, "Same words")),
        TextComparison.compare("Same words", "Same words"));
  }

  @Test
  void addedAndRemovedTextAtTheEnds() {
    assertEquals(List.of(new TextChange(Kind.ADDED, "New")), TextComparison.compare("", "New"));
    assertEquals(List.of(new TextChange(Kind.REMOVED, "Old")), TextComparison.compare("Old", null));
  }

  @Test
  void richTextIsComparedAsTheWordsReadersSee() {
    assertEquals(
        "Lock up\nLock your door.\nTake the key",
        TextComparison.readableText(
            "<h2>Lock up</h2><p>Lock <strong>your</strong> door.</p><ul><li>Take the key</li></ul>"));
  }
}
