package uk.police.saferportal.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.police.saferportal.portal.support.BrowserSteps;
import uk.police.saferportal.portal.support.BuildDatabase;

/**
 * A content API that accepts connections but never answers (the proxy hangs): public pages still
 * answer within a second, from their last good copies with the banner, or with their apology; staff
 * pages say the service is unavailable instead of hanging; readiness is DOWN meanwhile and
 * everything recovers when the API answers again.
 */
public interface FaultToleranceBrowserTests extends BrowserSteps {
  String STALE = "The content service is not available at the moment";

  @Test
  default void withTheApiHangingPublicPagesAnswerWithinASecondAndRecoverAfter() throws Exception {
    String article = "/advice/keep-your-home-safe-from-burglars";
    Map<String, String> headings = new LinkedHashMap<>();
    for (String page : List.of(article, "/", "/advice?topic=burglary", "/advice")) {
      HttpResponse<String> fresh = answer(page);
      assertEquals(200, fresh.statusCode(), page);
      assertFalse(fresh.body().contains("stale-notice"), page);
      headings.put(page, Jsoup.parse(fresh.body()).select("h1").first().text());
    }
    signInAs("editor"); // before the API hangs: signing in needs it
    // the fresh copies expire (the build gives the portal a short cache); the last good ones stay
    sleep(1_000L * Long.getLong("it.portal.cache-seconds", 30) + 1_000);
    assertEquals(200, status("/health/ready"), "ready before");

    apiProxy().hang();
    try {
      // the very first read waits for the API at most its time-out (400 ms), not the old 10 s
      long started = System.nanoTime();
      HttpResponse<String> first = answer(article);
      long firstMillis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("hung API: first %s in %d ms%n", article, firstMillis);
      assertEquals(200, first.statusCode());
      assertTrue(first.body().contains(STALE), "from its last good copy");
      assertTrue(firstMillis <= 1_000, "first read took " + firstMillis + " ms");

      for (String page : List.of("/", article, "/advice?topic=burglary", "/advice")) {
        long start = System.nanoTime();
        HttpResponse<String> stale = answer(page);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("hung API: %s in %d ms%n", page, millis);
        assertTrue(millis <= 1_000, page + " took " + millis + " ms");
        assertEquals(200, stale.statusCode(), page);
        assertEquals("no-store", cacheControl(stale), page);
        open(page);
        long browserMillis = serverMillisSeenByTheBrowser();
        System.out.printf("hung API: %s in the browser in %d ms%n", page, browserMillis);
        assertTrue(browserMillis <= 1_000, page + " took " + browserMillis + " ms in the browser");
        assertEquals(headings.get(page), heading(), page + ": the last good copy");
        assertTrue(text("#stale-notice").contains(STALE), page);
      }

      long start = System.nanoTime();
      HttpResponse<String> search = answer("/search?q=burglary");
      long searchMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("hung API: /search?q=burglary in %d ms%n", searchMillis);
      assertTrue(searchMillis <= 1_000, "search took " + searchMillis + " ms");
      assertEquals(503, search.statusCode());
      open("/search?q=burglary");
      assertTrue(text("#unavailable").contains("not available at the moment"));

      HttpResponse<String> ready = answer("/health/ready");
      assertEquals(503, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("\"content-api\""), ready.body());
      assertEquals(200, status("/health/live"), "liveness stays UP");

      // a member of staff is told, in the time of one staff call (5 s), not left waiting
      start = System.nanoTime();
      open("/admin");
      assertTrue(text("#unavailable").contains("not available at the moment"));
      long staffMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("hung API: /admin in the browser in %d ms%n", staffMillis);
      assertTrue(staffMillis <= 12_000, "/admin took " + staffMillis + " ms");
    } finally {
      apiBack();
    }

    // the circuit tries again within five seconds; then the pages are fresh and readiness UP
    long deadline = System.currentTimeMillis() + 20_000;
    while ((statusQuietly("/health/ready") != 200 || answer(article).body().contains(STALE))
        && System.currentTimeMillis() < deadline) {
      sleep(500);
    }
    assertEquals(200, status("/health/ready"), "ready again");
    for (String page : headings.keySet()) {
      HttpResponse<String> back = answer(page);
      assertEquals(200, back.statusCode(), page);
      assertFalse(back.body().contains("stale-notice"), page + " fresh again");
    }
    open("/search?q=burglary");
    assertTrue(text("#result-count").matches("[1-9]\\d* results?"), "search answers again");
  }

  /**
   * The build's MariaDB stopped and started again on the same data, as patching restarts it: while
   * it is away the pages the portal holds still answer, anything it does not hold says kindly that
   * it is unavailable (503, never 404 or 500), staff are told so and stay signed in, readiness is
   * DOWN and liveness UP; once the database is back, everything answers again within seconds,
   * without signing in again.
   */
  @Test
  default void withTheDatabaseRestartingHeldPagesStillAnswerAndEverythingRecovers()
      throws Exception {
    String article = "/advice/keep-your-home-safe-from-burglars";
    Map<String, String> headings = new LinkedHashMap<>();
    for (String page : List.of(article, "/", "/advice?topic=burglary")) {
      HttpResponse<String> fresh = answer(page);
      assertEquals(200, fresh.statusCode(), page);
      headings.put(page, Jsoup.parse(fresh.body()).select("h1").first().text());
    }
    signInAs("editor");
    open("/admin");
    wait(By.id("advice-list"));
    assertEquals(200, status("/health/ready"), "ready before");

    BuildDatabase.stop();
    long stoppedAt = System.nanoTime();
    try {
      for (String page : headings.keySet()) {
        long start = System.nanoTime();
        HttpResponse<String> held = answer(page);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("database away: %s in %d ms%n", page, millis);
        assertEquals(200, held.statusCode(), page);
        assertEquals(headings.get(page), Jsoup.parse(held.body()).select("h1").first().text());
        assertTrue(millis <= 1_000, page + " took " + millis + " ms");
      }
      // what the portal does not hold needs the database: unavailable, not "not found"
      String word = uniqueWord();
      for (String page : List.of("/advice/never-read-" + word, "/search?q=" + word)) {
        long start = System.nanoTime();
        HttpResponse<String> away = answer(page);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("database away: %s in %d ms%n", page, millis);
        assertEquals(503, away.statusCode(), page);
        assertTrue(
            Jsoup.parse(away.body()).select("#unavailable").text().contains("try again"),
            page + ": " + away.body());
        assertTrue(millis <= 6_000, page + " took " + millis + " ms");
      }
      open("/admin");
      assertTrue(text("#unavailable").contains("not available at the moment"));
      assertTrue(browser().getCurrentUrl().endsWith("/admin"), "still signed in");
      HttpResponse<String> ready = answer("/health/ready");
      assertEquals(503, ready.statusCode(), ready.body());
      assertEquals(200, status("/health/live"), "liveness stays UP");
    } finally {
      BuildDatabase.start();
    }
    long startedAt = System.nanoTime();
    System.out.printf("database away for %d ms%n", (startedAt - stoppedAt) / 1_000_000);

    // the same session, the same pages: back once the API's pool reconnects and the circuit closes
    long deadline = System.currentTimeMillis() + 20_000;
    while (statusQuietly("/health/ready") != 200 && System.currentTimeMillis() < deadline) {
      sleep(250);
    }
    long readyMillis = (System.nanoTime() - startedAt) / 1_000_000;
    System.out.printf("database back: portal ready again after %d ms%n", readyMillis);
    assertEquals(200, status("/health/ready"), "ready again");
    open("/admin");
    wait(By.id("advice-list"));
    assertTrue(browser().getCurrentUrl().endsWith("/admin"), "no second sign-in");
    open("/search?q=burglary");
    assertTrue(text("#result-count").matches("[1-9]\\d* results?"), "search answers again");
    assertEquals(404, status("/advice/never-read-" + uniqueWord()));
    assertTrue(readyMillis <= 12_000, "ready again after " + readyMillis + " ms");
  }

  /** How long the server took to answer the page the browser opened last (Navigation Timing). */
  default long serverMillisSeenByTheBrowser() {
    Object millis =
        ((JavascriptExecutor) browser())
            .executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                    + " return Math.round(n.responseEnd - n.requestStart);");
    return ((Number) millis).longValue();
  }
}
