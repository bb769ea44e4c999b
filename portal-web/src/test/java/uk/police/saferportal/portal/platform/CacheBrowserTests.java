package uk.police.saferportal.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.police.saferportal.portal.support.BrowserSteps;
import uk.police.saferportal.portal.support.PortalClusterMember;

/** The cache of public reads and its purge hook, on one instance and across a cluster. */
public interface CacheBrowserTests extends BrowserSteps {

  @Test
  default void aPublishedChangeShowsOnThePublicPageDespiteTheCache() throws Exception {
    String unique = uniqueWord();
    signInAs("publisher");
    String slug = writeArticle("Cached shed advice " + unique, "First words.");
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");
    open("/advice/" + slug);
    assertEquals("Cached shed advice " + unique, heading());
    apiProxy().down(); // with the API out of reach, only the cache can answer
    try {
      open("/advice/" + slug);
      assertEquals("Cached shed advice " + unique, heading(), "read again, from the cache");
    } finally {
      apiBack();
    }

    // the title changes through the API, not through this portal: only the webhook can tell it
    republishThroughTheApi(slug, "Renamed shed advice " + unique);

    // the cache keeps pages for five minutes; the purge makes the change show within seconds
    long deadline = System.currentTimeMillis() + 10_000;
    open("/advice/" + slug);
    while (!heading().equals("Renamed shed advice " + unique)
        && System.currentTimeMillis() < deadline) {
      sleep(200);
      open("/advice/" + slug);
    }
    assertEquals("Renamed shed advice " + unique, heading());
    assertTrue(text("#article-body").contains("New words."));
  }

  @Test
  default void aPurgeOneInstanceReceivesReachesTheOtherInstancesOfItsCluster() throws Exception {
    String unique = uniqueWord();
    try (PortalClusterMember other = PortalClusterMember.start(base() + "/api/v1")) {
      // the content API's webhook reaches this instance only: the other has no hook at all
      assertEquals(
          404,
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(other.base() + "/hooks/content"))
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode());
      signInAs("publisher");
      String slug = writeArticle("Clustered shed advice " + unique, "First words.");
      click(By.id("publish"));
      waitForText(".sp-notice", "Article published");
      for (String instance : List.of(base(), other.base())) {
        assertEquals("Clustered shed advice " + unique, headingAt(instance + "/advice/" + slug));
        assertEquals("Clustered shed advice " + unique, headingAt(instance + "/advice/" + slug));
      }

      republishThroughTheApi(slug, "Renamed clustered shed advice " + unique);

      // both caches keep pages for five minutes; the purge reaches both within seconds
      long deadline = System.currentTimeMillis() + 15_000;
      for (String instance : List.of(base(), other.base())) {
        String url = instance + "/advice/" + slug;
        while (!headingAt(url).equals("Renamed clustered shed advice " + unique)
            && System.currentTimeMillis() < deadline) {
          sleep(200);
        }
        assertEquals(
            "Renamed clustered shed advice " + unique, headingAt(url), "read at " + instance);
      }

      aStopLetsTheRequestInFlightFinish(other);
    }
  }

  /**
   * SIGTERM, as Docker sends it, while a form is half sent: readiness goes DOWN at once, the
   * instance keeps serving for its shutdown grace, the form's request gets its whole answer, and
   * then the instance stops.
   */
  private void aStopLetsTheRequestInFlightFinish(PortalClusterMember other) throws Exception {
    String form = "q=" + "shed".repeat(50);
    // a served instance, as a load balancer sees one: its readiness polled and the form's page
    // shown before (Payara cannot load a page or its readiness for the first time once stopping)
    assertEquals(200, answerAt(other.base() + "/health/ready").statusCode(), "ready before");
    assertEquals(200, answerAt(other.base() + "/admin/login").statusCode());
    try (Socket socket = new Socket("localhost", other.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST /admin/login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
              + form.length()
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(form.substring(0, 20).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(500); // the portal is reading the form now
      long stopAsked = System.nanoTime();
      other.signalStop();
      HttpResponse<String> ready = null;
      for (int tries = 0; tries < 20 && (ready == null || ready.statusCode() != 503); tries++) {
        Thread.sleep(100);
        ready = answerAt(other.base() + "/health/ready");
      }
      assertEquals(503, ready.statusCode(), "readiness while stopping: " + ready.body());
      Thread.sleep(1_000);
      // still answering a second later, new requests too (readiness DOWN tells them to go)
      assertEquals(503, answerAt(other.base() + "/health/ready").statusCode());
      out.write(form.substring(20).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      long answeredMs = (System.nanoTime() - stopAsked) / 1_000_000;
      assertTrue(answer.startsWith("HTTP/1.1 "), answer);
      int status = Integer.parseInt(answer.substring(9, 12));
      assertTrue(status < 500, "the form's request got " + status);
      assertTrue(answer.strip().endsWith("</html>"), "a whole page: " + answer);
      assertTrue(answeredMs < 3_000, "answered " + answeredMs + " ms after SIGTERM");
      assertTrue(other.awaitExit(Duration.ofSeconds(30)), "the instance did not stop");
      long ranMs = (System.nanoTime() - stopAsked) / 1_000_000;
      assertTrue(ranMs >= 2_800, "stopped " + ranMs + " ms after SIGTERM, before its 3 s grace");
    }
  }

  private static HttpResponse<String> answerAt(String url) throws Exception {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException refused) {
      throw new AssertionError("no answer from " + url + " while stopping", refused);
    }
  }

  @Test
  default void publicPagesMayBeKeptBrieflyByAProxyAndAreRevalidatedByTheirETag() throws Exception {
    for (String page :
        List.of(
            "/",
            "/advice",
            "/advice?topic=burglary",
            "/advice/keep-your-home-safe-from-burglars",
            "/campaigns",
            "/campaigns/we-dont-buy-crime",
            "/pages/accessibility-statement",
            "/search?q=burglary")) {
      HttpResponse<String> first = answer(page);
      assertEquals(200, first.statusCode(), page);
      String cacheControl = cacheControl(first);
      assertTrue(
          cacheControl.startsWith("public") && cacheControl.contains("s-maxage="),
          page + ": " + cacheControl);
      assertTrue(first.headers().firstValue("Set-Cookie").isEmpty(), page + " sets no cookie");
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(page));
      assertTrue(etag.matches("\"[A-Za-z0-9_-]{43}\""), page + ": a strong tag, " + etag);
    }
    for (String page : List.of("/advice/keep-your-home-safe-from-burglars", "/advice")) {
      String etag = answer(page).headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> unchanged = answer(page, "If-None-Match", etag);
      assertEquals(304, unchanged.statusCode(), page);
      assertEquals("", unchanged.body(), page);
      assertEquals(etag, unchanged.headers().firstValue("ETag").orElse(null), page);
      assertTrue(cacheControl(unchanged).startsWith("public"), page);
      HttpResponse<String> other = answer(page, "If-None-Match", "\"something-else\"");
      assertEquals(200, other.statusCode(), page);
      assertTrue(other.body().contains("</html>"), page);
    }
    HttpResponse<String> missing = answer("/advice/no-such-article");
    assertEquals(404, missing.statusCode());
    assertEquals("no-store", cacheControl(missing));
  }

  @Test
  default void withTheApiDownAPageReadBeforeShowsItsLastGoodCopyAndSaysSo() throws Exception {
    String unique = uniqueWord();
    // an article published now and never read on the public site: there is no copy of it
    signInAs("publisher");
    String neverRead = writeArticle("Never read shed advice " + unique, "Some words.");
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");

    String read = "/advice/keep-your-home-safe-from-burglars";
    HttpResponse<String> fresh = answer(read);
    assertEquals(200, fresh.statusCode());
    String title = org.jsoup.Jsoup.parse(fresh.body()).select("h1").first().text();
    assertFalse(fresh.body().contains("stale-notice"));
    // the fresh copy expires (the build gives the portal a short cache); the last good one stays
    sleep(1_000L * Long.getLong("it.portal.cache-seconds", 30) + 1_000);
    apiProxy().down();
    try {
      HttpResponse<String> stale = answer(read);
      assertEquals(200, stale.statusCode(), stale.body());
      assertEquals("no-store", cacheControl(stale));
      assertTrue(stale.headers().firstValue("ETag").isEmpty());
      open(read);
      assertEquals(title, heading());
      assertTrue(
          text("#stale-notice")
              .contains(
                  "The content service is not available at the moment, so this page may be out of"
                      + " date."),
          text("#stale-notice"));
      assertTrue(text("#stale-notice").contains("(UK time)"), text("#stale-notice"));

      assertEquals(503, status("/advice/" + neverRead));
      open("/advice/" + neverRead);
      assertTrue(heading().contains("not available at the moment"), heading());
    } finally {
      apiBack();
    }
    HttpResponse<String> back = answer(read);
    assertEquals(200, back.statusCode());
    assertFalse(back.body().contains("stale-notice"), "fresh again once the API is back");
    assertTrue(cacheControl(back).startsWith("public"));
  }

  @Test
  default void aPurgedArticleNeverComesBackFromTheLastGoodCopies() throws Exception {
    String unique = uniqueWord();
    signInAs("publisher");
    String slug = writeArticle("Withdrawn shed advice " + unique, "First words.");
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");
    assertEquals("Withdrawn shed advice " + unique, headingAt(base() + "/advice/" + slug));

    // the purge the content API's webhook sends when it is unpublished or archived
    String body = "{\"event\":\"content.unpublished\",\"slug\":\"" + slug + "\"}";
    long now = System.currentTimeMillis() / 1000;
    assertEquals(204, postHook(body, Long.toString(now), signature(now, body)));
    apiProxy().down();
    try {
      assertEquals(503, status("/advice/" + slug));
    } finally {
      apiBack();
    }
  }

  @Test
  default void theCachePurgeAddressRefusesUnsignedAndStaleCalls() throws Exception {
    String body = "{\"event\":\"content.published\",\"slug\":\"anything\"}";
    long now = System.currentTimeMillis() / 1000;
    assertEquals(401, postHook(body, null, null));
    assertEquals(401, postHook(body, Long.toString(now), "sha256=" + "0".repeat(64)));
    assertEquals(
        401, postHook(body, Long.toString(now - 301), signature(now - 301, body)), "stale");
    assertEquals(
        401, postHook(body + " ", Long.toString(now), signature(now, body)), "body changed");
    assertEquals(204, postHook(body, Long.toString(now), signature(now, body)));
  }

  /** The page heading at an address, read without the browser() (a second instance's pages). */
  default String headingAt(String url) throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode(), url);
    return org.jsoup.Jsoup.parse(page.body()).select("h1").first().text();
  }
}
