package uk.police.saferportal.portal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContentCacheTest {
  private final MovableClock clock = new MovableClock();
  private final ContentCache cache = new ContentCache(clock, Duration.ofSeconds(300));
  private final AtomicInteger loads = new AtomicInteger();

  private String load(String value) {
    loads.incrementAndGet();
    return value;
  }

  @Test
  void keepsAReadForItsTimeToLive() {
    assertEquals("a", cache.get("article:x", () -> load("a")));
    assertEquals("a", cache.get("article:x", () -> load("b")));
    clock.now = clock.now.plusSeconds(299);
    assertEquals("a", cache.get("article:x", () -> load("b")));
    clock.now = clock.now.plusSeconds(1);
    assertEquals("b", cache.get("article:x", () -> load("b")));
    assertEquals(2, loads.get());
  }

  @Test
  void purgingAnItemForgetsItAndEveryListButNotTheRest() {
    cache.get("article:x", () -> load("x"));
    cache.get("article:y", () -> load("y"));
    cache.get("list:advice?burglary", () -> load("list"));
    cache.get("topics", () -> load("topics"));
    cache.purgeItem("x");
    assertEquals("x2", cache.get("article:x", () -> load("x2")));
    assertEquals("list2", cache.get("list:advice?burglary", () -> load("list2")));
    assertEquals("y", cache.get("article:y", () -> load("y2")));
    assertEquals("topics", cache.get("topics", () -> load("topics2")));
    cache.purgeAll();
    assertEquals("topics3", cache.get("topics", () -> load("topics3")));
  }

  @Test
  void neverKeepsAFailure() {
    assertThrows(
        IllegalStateException.class,
        () ->
            cache.get(
                "article:z",
                () -> {
                  throw new IllegalStateException("API down");
                }));
    assertEquals("z", cache.get("article:z", () -> load("z")));
  }

  @Test
  void staysSmallAndKeepsTheRecentReads() {
    int reads = ContentCache.MAX_ENTRIES + 10;
    for (int i = 0; i < reads; i++) {
      int n = i;
      cache.get("list:" + n, () -> load("v" + n));
    }
    assertTrue(cache.size() <= ContentCache.MAX_ENTRIES, "size " + cache.size());
    // the last ten reads are answered from the cache: no loads, the values first read
    for (int i = reads - 10; i < reads; i++) {
      assertEquals("v" + i, cache.get("list:" + i, () -> load("again")));
    }
    assertEquals(reads, loads.get());
  }

  @Test
  void aTimeToLiveOfZeroSwitchesItOff() {
    ContentCache off = new ContentCache(clock, Duration.ZERO);
    off.get("topics", () -> load("a"));
    off.get("topics", () -> load("a"));
    assertEquals(2, loads.get());
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-26T09:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
