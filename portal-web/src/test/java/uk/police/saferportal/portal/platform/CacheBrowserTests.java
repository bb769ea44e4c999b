package uk.police.saferportal.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
      apiProxy().up();
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
