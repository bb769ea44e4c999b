package uk.police.saferportal.portal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {
  private final RenderedPages pages = new RenderedPages(Duration.ofMinutes(2));

  private static RenderedPages.Page page(String text) {
    return new RenderedPages.Page(
        text.getBytes(StandardCharsets.UTF_8),
        "\"" + text + "\"",
        Map.of("Cache-Control", List.of("public")));
  }

  @Test
  void keepsAPageUntilAPurge() {
    pages.keep("/advice/x", page("x"), pages.beforeRendering());
    assertEquals("\"x\"", pages.page("/advice/x").orElseThrow().etag());
    assertTrue(pages.page("/advice/y").isEmpty());
    pages.purgeAll();
    assertTrue(pages.page("/advice/x").isEmpty());
    assertEquals(0, pages.size());
  }

  @Test
  void aPageRenderedWhileAPurgeCameIsNotKept() {
    long rendering = pages.beforeRendering();
    pages.purgeAll(); // the content it was made from changed meanwhile
    pages.keep("/advice/x", page("old"), rendering);
    assertTrue(pages.page("/advice/x").isEmpty());
    pages.keep("/advice/x", page("new"), pages.beforeRendering());
    assertEquals("\"new\"", pages.page("/advice/x").orElseThrow().etag());
  }

  @Test
  void zeroSecondsKeepsNothing() {
    RenderedPages off = new RenderedPages(Duration.ZERO);
    off.keep("/advice/x", page("x"), off.beforeRendering());
    assertTrue(off.page("/advice/x").isEmpty());
  }
}
