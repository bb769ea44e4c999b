package uk.police.saferportal.content.editorial.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.editorial.entity.ContentCheck;

class PublishingChecksTest {
  private final PublishingChecks checks = new PublishingChecks(12, false);

  private List<ContentCheck> body(String html) {
    return checks.check("Lock up", "Lock your doors.", html);
  }

  @Test
  void plainWellStructuredContentPasses() {
    assertEquals(
        List.of(),
        body(
            "<h2>Lock up</h2><p>Lock your door. Take the key.</p><h3>Windows</h3><p>Shut them.</p>"));
  }

  @Test
  void skippedHeadingLevelsBlock() {
    List<ContentCheck> found = body("<h2>Lock up</h2><h4>Windows</h4><p>Shut them.</p>");
    assertEquals(1, found.size());
    assertTrue(found.get(0).blocking());
    assertTrue(found.get(0).message().contains("skips a level"));
    assertFalse(body("<h3>Starts too deep</h3><p>Text.</p>").isEmpty());
  }

  @Test
  void linksWithoutTextAndImagesWithoutAltBlock() {
    assertEquals("body", body("<p>See <a href=\"https://x.example\"> </a>.</p>").get(0).field());
    assertTrue(body("<p><img src=\"x.png\"></p>").get(0).message().contains("alt text"));
    assertEquals(List.of(), body("<p><img src=\"x.png\" alt=\"A padlock\"></p>"));
  }

  @Test
  void titlesAndSummariesThatDoNotFitBlock() {
    List<ContentCheck> found = checks.check("t".repeat(66), "s".repeat(161), "<p>Fine.</p>");
    assertEquals(List.of("title", "summary"), found.stream().map(ContentCheck::field).toList());
  }

  @Test
  void hardTextWarnsOrBlocksByConfiguration() {
    String hard =
        "<p>Notwithstanding considerable organisational complexities, comprehensive"
            + " multi-agency safeguarding interventions necessitate proportionate, evidence-based"
            + " prioritisation methodologies incorporating contemporaneous intelligence.</p>";
    ContentCheck warning = body(hard).get(0);
    assertFalse(warning.blocking());
    assertTrue(warning.message().startsWith("The reading age is about"));
    assertTrue(new PublishingChecks(12, true).check("T", "S", hard).get(0).blocking());
  }

  @Test
  void readingAgeOfSimpleTextIsLow() {
    assertTrue(PublishingChecks.readingAge("Lock your door. Take the key with you.") <= 9);
    assertEquals(0, PublishingChecks.readingAge(""));
    assertEquals(2, PublishingChecks.syllables("padlock"));
    assertEquals(1, PublishingChecks.syllables("take"));
  }
}
