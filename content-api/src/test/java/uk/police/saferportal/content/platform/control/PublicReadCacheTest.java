package uk.police.saferportal.content.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PublicReadCacheTest {
  private final PublicReadCache cache = new PublicReadCache(600, 32);

  @Test
  void keepsAnAnswerAndItsETagUntilSomethingChanges() {
    AtomicInteger writes = new AtomicInteger();
    var first = cache.answer("/advice", () -> "[" + writes.incrementAndGet() + "]");
    var again = cache.answer("/advice", () -> "[" + writes.incrementAndGet() + "]");
    assertEquals("[1]", again.json());
    assertEquals(first.etag(), again.etag());
    assertEquals(PublicReadCache.digest("[1]"), first.etag());

    cache.invalidateEverywhere();
    var after = cache.answer("/advice", () -> "[" + writes.incrementAndGet() + "]");
    assertEquals("[2]", after.json());
    assertNotEquals(first.etag(), after.etag());
  }

  @Test
  void afterAChangeTheMostUsedAnswersAreWrittenAgainFromTheNewState() {
    AtomicReference<String> database = new AtomicReference<>("[\"before\"]");
    AtomicInteger writes = new AtomicInteger();
    Supplier<String> query =
        () -> {
          writes.incrementAndGet();
          return database.get();
        };
    for (int i = 0; i < 5; i++) {
      cache.answer("/advice?topic=burglary", query);
    }
    assertEquals(1, writes.get());

    database.set("[\"after\"]");
    cache.invalidateEverywhere();
    assertEquals(2, writes.get(), "written again at once, not at the next request");
    var kept = cache.kept("/advice?topic=burglary");
    assertTrue(kept != null, "kept for the next resident");
    assertEquals("[\"after\"]", kept.json());
    assertEquals("[\"after\"]", cache.answer("/advice?topic=burglary", () -> "not called").json());
    assertEquals(2, writes.get());
  }

  @Test
  void anAnswerThatCannotBeWrittenAgainIsSimplyNotKept() {
    AtomicInteger calls = new AtomicInteger();
    cache.answer(
        "/advice/gone",
        () -> {
          if (calls.incrementAndGet() > 1) {
            throw new IllegalStateException("not found any more");
          }
          return "{}";
        });
    cache.invalidateEverywhere();
    assertEquals(2, calls.get());
    assertEquals(null, cache.kept("/advice/gone"));
  }

  @Test
  void manyRequestsForTheSameAnswerAtOnceWriteItOnce() throws Exception {
    AtomicInteger writes = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return cache
                      .answer(
                          "/advice?topic=burglary",
                          () -> {
                            writes.incrementAndGet();
                            sleep(200); // a slow query: the others must wait for it, not repeat it
                            return "{\"items\":[]}";
                          })
                      .json();
                }));
      }
      start.countDown();
      for (Future<String> answer : answers) {
        assertEquals("{\"items\":[]}", answer.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, writes.get());
  }

  @Test
  void anAnswerWrittenWhileSomethingChangedIsNotServedAfterTheChange() throws Exception {
    AtomicReference<String> database = new AtomicReference<>("[\"before\"]");
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch changed = new CountDownLatch(1);
    Supplier<String> query =
        () -> {
          String state = database.get();
          reading.countDown();
          await(changed); // the first request reads the old state, then is slow to finish
          return state;
        };
    AtomicReference<String> slowAnswer = new AtomicReference<>();
    Thread slow = new Thread(() -> slowAnswer.set(cache.answer("/advice", query).json()));
    slow.start();
    assertTrue(reading.await(5, TimeUnit.SECONDS));
    // meanwhile a change is committed and announced
    database.set("[\"after\"]");
    Thread invalidation = new Thread(cache::invalidateEverywhere);
    invalidation.start();
    Thread.sleep(100);
    changed.countDown();
    slow.join(5_000);
    invalidation.join(5_000);
    assertEquals("[\"after\"]", cache.answer("/advice", database::get).json());
    assertEquals("[\"after\"]", slowAnswer.get(), "written again once the change was known");
    assertEquals(1, cache.size());
  }

  @Test
  void aRequestThatFailsKeepsNothing() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            cache.answer(
                "/advice?size=500",
                () -> {
                  throw new IllegalArgumentException("size");
                }));
    assertEquals(0, cache.size());
    assertEquals("[]", cache.answer("/advice?size=500", () -> "[]").json());
  }

  @Test
  void aWriteAFullPoolDropsIsCancelledSoNoOneWaitsForIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            1,
            1,
            1,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1),
            PublicReadWarming.cancellingWhatIsDropped());
    try {
      Future<?> running =
          pool.submit(
              () -> {
                release.await();
                return null;
              });
      Future<?> queued = pool.submit(() -> {});
      Future<?> dropped = pool.submit(() -> {});
      assertTrue(dropped.isCancelled(), "dropped at once, and said so");
      assertThrows(CancellationException.class, () -> dropped.get(5, TimeUnit.SECONDS));
      assertFalse(queued.isDone());
      release.countDown();
      running.get(5, TimeUnit.SECONDS);
      queued.get(5, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void zeroSecondsSwitchesTheCacheOff() {
    PublicReadCache off = new PublicReadCache(0, 32);
    AtomicInteger writes = new AtomicInteger();
    off.answer("/advice", () -> "[" + writes.incrementAndGet() + "]");
    assertEquals("[2]", off.answer("/advice", () -> "[" + writes.incrementAndGet() + "]").json());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
