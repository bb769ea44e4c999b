package uk.police.saferportal.portal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicPageCachingTest {
  private static byte[] page(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theTagIsAStrongValidatorOfTheBytes() {
    String tag = PublicPageCaching.etagOf(page("<html>a</html>"));
    assertEquals(
        tag, PublicPageCaching.etagOf(page("<html>a</html>")), "the same on every instance");
    assertNotEquals(tag, PublicPageCaching.etagOf(page("<html>b</html>")));
    assertTrue(tag.matches("\"[A-Za-z0-9_-]{43}\""), tag);
  }

  @Test
  void ifNoneMatchNamesTheTagAloneInAListOrAsAnything() {
    String tag = PublicPageCaching.etagOf(page("x"));
    assertTrue(PublicPageCaching.matches(tag, tag));
    assertTrue(PublicPageCaching.matches("\"other\", " + tag, tag));
    assertTrue(PublicPageCaching.matches("W/" + tag, tag), "If-None-Match compares weakly");
    assertTrue(PublicPageCaching.matches("*", tag));
    assertFalse(PublicPageCaching.matches("\"other\"", tag));
    assertFalse(PublicPageCaching.matches(null, tag));
  }
}
