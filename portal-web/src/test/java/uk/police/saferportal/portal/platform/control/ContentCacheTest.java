package uk.police.saferportal.portal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Problem;

class ContentCacheTest {
  private final MovableTime time = new MovableTime();
  private final StaleReads staleReads = new StaleReads();
  private final ContentCache cache =
      new ContentCache(time, time.clock(), Duration.ofSeconds(300), staleReads);
  private final AtomicInteger loads = new AtomicInteger();

  private Supplier<String> loading(String value) {
    return () -> {
      loads.incrementAndGet();
      return value;
    };
  }

  private static <T> Supplier<T> unavailable() {
    return () -> {
      throw new ApiUnavailableException(null);
    };
  }

  @Test
  void keepsAReadForItsTimeToLive() {
    assertEquals("a", cache.get("article:x", loading("a")));
    assertEquals("a", cache.get("article:x", loading("b")));
    time.pass(Duration.ofSeconds(299));
    assertEquals("a", cache.get("article:x", loading("b")));
    time.pass(Duration.ofSeconds(1));
    assertEquals("b", cache.get("article:x", loading("b")));
    assertEquals(2, loads.get());
  }

  @Test
  void manyResidentsAskingForTheSameItemAtOnceCauseOneLoad() throws Exception {
    int threads = 16;
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch ready = new CountDownLatch(threads);
    Supplier<String> slowLoad =
        () -> {
          loads.incrementAndGet();
          loading.countDown();
          await(release);
          return "article";
        };
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        answers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  await(ready);
                  return cache.get("article:advice:x", slowLoad);
                }));
      }
      assertTrue(loading.await(10, TimeUnit.SECONDS), "the load began");
      Thread.sleep(200); // every other thread is now asking too
      release.countDown();
      for (Future<String> answer : answers) {
        assertEquals("article", answer.get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, loads.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void neverKeepsAFailureAndLoadsAgainNextTime() {
    assertThrows(
        IllegalStateException.class,
        () ->
            cache.get(
                "article:z",
                () -> {
                  loads.incrementAndGet();
                  throw new IllegalStateException("API failed");
                }));
    assertThrows(ApiUnavailableException.class, () -> cache.get("article:z", unavailable()));
    assertEquals("z", cache.get("article:z", loading("z")));
    assertEquals(2, loads.get());
  }

  @Test
  void aMissingItemIsEmptyAndNotKept() {
    Supplier<String> notFound =
        () -> {
          loads.incrementAndGet();
          throw new ApiProblemException(new Problem(null, "Not found", 404, null, null));
        };
    assertEquals(Optional.empty(), cache.item("advice", "gone", notFound));
    assertEquals(Optional.empty(), cache.item("advice", "gone", notFound));
    assertEquals(2, loads.get());
  }

  @Test
  void withTheApiUnavailableTheLastGoodCopyIsServedAndTheRequestMarkedStale() {
    Instant fetched = time.now;
    assertEquals(Optional.of("article"), cache.item("advice", "x", loading("article")));
    assertFalse(staleReads.isServed());
    time.pass(Duration.ofMinutes(10)); // the fresh copy has expired

    assertEquals(Optional.of("article"), cache.item("advice", "x", unavailable()));
    assertTrue(staleReads.isServed());
    assertEquals(Optional.of(fetched), staleReads.fetchedAt());

    // the API answers again: the fresh answer, and it becomes the last good copy
    assertEquals(Optional.of("renamed"), cache.item("advice", "x", loading("renamed")));
    time.pass(Duration.ofMinutes(10));
    assertEquals(Optional.of("renamed"), cache.item("advice", "x", unavailable()));
  }

  @Test
  void anUnreachableApiIsUnavailableToo() {
    cache.list("advice?burglary", loading("list"));
    time.pass(Duration.ofMinutes(10));
    assertEquals(
        "list",
        cache.list(
            "advice?burglary",
            () -> {
              throw new ProcessingException("connection refused");
            }));
    assertTrue(staleReads.isServed());
  }

  @Test
  void withNoLastGoodCopyTheUnavailableApiIsStillAnError() {
    assertThrows(
        ApiUnavailableException.class, () -> cache.item("advice", "never-read", unavailable()));
    assertFalse(staleReads.isServed());
  }

  @Test
  void lastGoodCopiesLiveADay() {
    cache.get("topics", loading("topics"));
    time.pass(ContentCache.LAST_GOOD_LIFE.minusMinutes(1));
    assertEquals("topics", cache.get("topics", unavailable()));
    time.pass(Duration.ofMinutes(1));
    assertThrows(ApiUnavailableException.class, () -> cache.get("topics", unavailable()));
  }

  @Test
  void purgingAnItemForgetsItAndEveryListButNotTheRest() {
    cache.get("article:advice:x", loading("x"));
    cache.get("article:advice:y", loading("y"));
    cache.get("list:advice?burglary", loading("list"));
    cache.get("topics", loading("topics"));
    cache.purgeItem("x");
    assertEquals("x2", cache.get("article:advice:x", loading("x2")));
    assertEquals("list2", cache.get("list:advice?burglary", loading("list2")));
    assertEquals("y", cache.get("article:advice:y", loading("y2")));
    assertEquals("topics", cache.get("topics", loading("topics2")));
    cache.purgeAll();
    assertEquals("topics3", cache.get("topics", loading("topics3")));
  }

  @Test
  void aPurgedItemAndEveryListNeverComeBackFromTheLastGoodCopies() {
    cache.item("advice", "unpublished", loading("article"));
    cache.item("advice", "other", loading("other"));
    cache.list("advice?burglary", loading("list"));
    cache.reference("topics", loading("topics"));
    cache.purgeItem("unpublished");
    assertThrows(
        ApiUnavailableException.class, () -> cache.item("advice", "unpublished", unavailable()));
    assertThrows(ApiUnavailableException.class, () -> cache.list("advice?burglary", unavailable()));
    time.pass(Duration.ofMinutes(10));
    assertEquals(Optional.of("other"), cache.item("advice", "other", unavailable()));
    assertEquals("topics", cache.reference("topics", unavailable()));

    cache.purgeAll();
    assertThrows(ApiUnavailableException.class, () -> cache.item("advice", "other", unavailable()));
    assertThrows(ApiUnavailableException.class, () -> cache.reference("topics", unavailable()));
    assertEquals(0, cache.lastGoodSize());
  }

  @Test
  void aLoadThatWasUnderWayDuringAPurgeLeavesNoCopy() {
    String value =
        cache.get(
            "article:advice:x",
            () -> {
              cache.purgeItem("x"); // the webhook arrives while the old version is on its way
              return "old";
            });
    assertEquals("old", value, "this reader still gets what it asked for");
    assertEquals("new", cache.get("article:advice:x", loading("new")));
    time.pass(Duration.ofMinutes(10));
    assertEquals("new", cache.get("article:advice:x", unavailable()));
  }

  @Test
  void staysWithinItsBounds() {
    for (int i = 0; i < ContentCache.MAX_LAST_GOOD + 100; i++) {
      cache.get("list:" + i, loading("v" + i));
    }
    assertTrue(cache.size() <= ContentCache.MAX_ENTRIES, "size " + cache.size());
    assertTrue(
        cache.lastGoodSize() <= ContentCache.MAX_LAST_GOOD, "last good " + cache.lastGoodSize());
  }

  @Test
  void aTimeToLiveOfZeroSwitchesItOff() {
    ContentCache off = new ContentCache(time, time.clock(), Duration.ZERO, staleReads);
    off.get("topics", loading("a"));
    off.get("topics", loading("a"));
    assertEquals(2, loads.get());
    assertThrows(ApiUnavailableException.class, () -> off.get("topics", unavailable()));
  }

  @Test
  void sayingWhenTheCopyWasFetchedInUkTime() {
    staleReads.served(Instant.parse("2026-07-01T13:05:00Z"));
    staleReads.served(Instant.parse("2026-07-01T13:30:00Z"));
    assertEquals("2:05pm on 1 July 2026", staleReads.getFetchedAtText());
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Caffeine's ticker and the clock of the fetch times, moved together by the test. */
  private static final class MovableTime implements Ticker {
    Instant now = Instant.parse("2026-11-26T09:00:00Z");
    private final Instant start = now;

    void pass(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public long read() {
      return Duration.between(start, now).toNanos();
    }

    Clock clock() {
      return new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
    }
  }
}
