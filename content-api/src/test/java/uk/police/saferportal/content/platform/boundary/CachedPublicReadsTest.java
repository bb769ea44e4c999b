package uk.police.saferportal.content.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CachedPublicReadsTest {
  @Test
  void plainJsonAcceptsAreAnsweredFromTheCache() {
    assertTrue(CachedPublicReads.acceptsJson(null));
    assertTrue(CachedPublicReads.acceptsJson("application/json"));
    assertTrue(CachedPublicReads.acceptsJson("*/*"));
    assertTrue(CachedPublicReads.acceptsJson("text/html, application/json"));
    assertTrue(CachedPublicReads.acceptsJson("application/*"));
  }

  @Test
  void anythingElseIsLeftToJaxRs() {
    assertFalse(CachedPublicReads.acceptsJson("text/html"));
    assertFalse(CachedPublicReads.acceptsJson("application/json;q=0"));
    assertFalse(CachedPublicReads.acceptsJson("*/*;q=garbage"));
    assertFalse(CachedPublicReads.acceptsJson("application/xml"));
    assertFalse(CachedPublicReads.acceptsJson(""));
  }

  @Test
  void ifNoneMatchComparesWeakly() {
    String etag = "\"abc\"";
    assertTrue(CachedPublicReads.matches("\"abc\"", etag));
    assertTrue(CachedPublicReads.matches("W/\"abc\"", etag));
    assertTrue(CachedPublicReads.matches("\"x\", \"abc\"", etag));
    assertTrue(CachedPublicReads.matches("*", etag));
    assertFalse(CachedPublicReads.matches(null, etag));
    assertFalse(CachedPublicReads.matches("\"abcd\"", etag));
    assertFalse(CachedPublicReads.matches("abc", etag));
  }
}
