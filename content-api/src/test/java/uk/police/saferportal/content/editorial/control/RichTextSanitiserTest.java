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

  @Test
  void keepsImagesFromTheMediaLibraryWithTheirAltText() {
    String image =
        "<img src=\"/api/v1/media/0123456789abcdef0123456789abcdef/shed-lock.png\""
            + " alt=\"A padlock on a shed door\" />";
    assertEquals("<p>Lock it</p>" + image, RichTextSanitiser.sanitise("<p>Lock it</p>" + image));
  }

  @Test
  void dropsImagesFromAnywhereElse() {
    for (String src :
        new String[] {
          "https://evil.example/track.png",
          "//evil.example/api/v1/media/0123456789abcdef0123456789abcdef/a.png",
          "/api/v1/media/not-a-key/a.png",
          "/api/v1/media/0123456789abcdef0123456789abcdef/../../admin",
          "data:image/png;base64,AAAA",
          "javascript:alert(1)"
        }) {
      assertEquals(
          "<p>Text</p>",
          RichTextSanitiser.sanitise("<p>Text</p><img src=\"" + src + "\" alt=\"Alt text\">"),
          src);
    }
    assertEquals("", RichTextSanitiser.sanitise("<img alt=\"No source\">"));
  }

  @Test
  void keepsOnlySourceAndAltOnLibraryImages() {
    String clean =
        RichTextSanitiser.sanitise(
            "<img src=\"/api/v1/media/0123456789abcdef0123456789abcdef/a.jpg\" alt=\"A\""
                + " onerror=\"alert(1)\" style=\"width:1px\" srcset=\"https://evil.example/x 2x\">");
    assertEquals(
        "<img src=\"/api/v1/media/0123456789abcdef0123456789abcdef/a.jpg\" alt=\"A\" />", clean);
  }
}
