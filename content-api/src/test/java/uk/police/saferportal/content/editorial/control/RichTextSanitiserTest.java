package uk.police.saferportal.content.editorial.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextSanitiserTest {

  @Test
  void keepsHeadingsListsAndEmphasis() {
    String html =
        "<h2>Lock up</h2><ul><li><strong>Always</strong> lock</li></ul><p>Then <em>relax</em></p>";
    assertEquals(html, RichTextSanitiser.sanitise(html));
  }

  @Test
  void removesScriptsAndEventHandlers() {
    String clean =
        RichTextSanitiser.sanitise(
            "<p onclick=\"steal()\">Hi</p><script>alert(1)</script><img src=x onerror=alert(1)>");
    assertEquals("<p>Hi</p>", clean);
  }

  @Test
  void removesJavascriptLinksButKeepsSafeOnes() {
    String clean =
        RichTextSanitiser.sanitise(
            "<a href=\"javascript:alert(1)\">bad</a> <a href=\"https://www.gov.uk\">good</a>");
    assertFalse(clean.contains("javascript"));
    assertTrue(clean.contains("href=\"https://www.gov.uk\""));
  }

  @Test
  void dropsTopLevelHeadingsReservedForThePageTitle() {
    assertEquals("Title", RichTextSanitiser.sanitise("<h1>Title</h1>"));
  }

  @Test
  void dropsStylesAndIframes() {
    String clean =
        RichTextSanitiser.sanitise(
            "<style>p{}</style><iframe src=\"https://evil.example\"></iframe><p style=\"x\">ok</p>");
    assertEquals("<p>ok</p>", clean);
  }

  @Test
  void treatsNullAsEmpty() {
    assertEquals("", RichTextSanitiser.sanitise(null));
  }
}
