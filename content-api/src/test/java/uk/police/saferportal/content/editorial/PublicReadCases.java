package uk.police.saferportal.content.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.ifMatch;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;
import uk.police.saferportal.content.support.Fixtures;

/**
 * Public reads come from the read cache and may be held briefly by shared caches; what they show
 * changes the moment a publication change is committed. List items are lean: topics and areas by
 * reference, and only the fields asked for.
 */
public interface PublicReadCases extends ApiCases {

  @Test
  default void publicReadsMayBeHeldBrieflyBySharedCachesAndStaffReadsNever() {
    for (String path :
        List.of(
            "v1/advice?topic=burglary",
            "v1/advice/keep-your-home-safe-from-burglars",
            "v1/search?q=burglary",
            "v1/campaigns")) {
      Reply reply = api().get(path);
      assertEquals(200, reply.status(), path);
      String cache = reply.header("Cache-Control").orElseThrow();
      assertTrue(
          cache.contains("public")
              && cache.contains("s-maxage=30")
              && cache.contains("stale-while-revalidate=30"),
          path + ": " + cache);
      assertTrue(reply.header("ETag").isPresent(), path);
    }
    String[] publisher = api().bearer("publisher", PASSWORD);
    for (String path :
        List.of("v1/admin/advice", "v1/admin/advice/keep-your-home-safe-from-burglars")) {
      String cache = api().get(path, publisher).header("Cache-Control").orElseThrow();
      assertTrue(cache.contains("private"), path + ": " + cache);
      assertFalse(cache.contains("public") || cache.contains("s-maxage"), path + ": " + cache);
    }
  }

  @Test
  default void theSameRequestWithItsParametersInAnotherOrderIsTheSameAnswer() {
    Reply one = api().get("v1/advice?topic=burglary&size=5&sort=title");
    Reply other = api().get("v1/advice?sort=title&size=5&topic=burglary");
    assertEquals(one.body(), other.body());
    assertEquals(one.header("ETag"), other.header("ETag"));
    // a bad request is answered as one, whatever was answered before
    assertProblem(api().get("v1/advice?topic=burglary&size=500"), 400, "invalid-parameter", "size");
    assertProblem(api().get("v1/advice?topic=no-such-topic"), 400, "invalid-parameter", "topic");
  }

  @Test
  default void aKeptAnswerIsSentBeforeJaxRsExactlyAsJaxRsSentIt() {
    String path =
        "v1/advice?topic=burglary&fields=slug,title&size="
            + (21 + Math.floorMod(unique().hashCode(), 29));
    double hits = readCacheMetric("hits");
    Reply written = api().get(path);
    assertEquals(200, written.status());
    for (int i = 0; i < 3; i++) {
      Reply kept = api().get(path);
      assertEquals(200, kept.status());
      assertEquals(written.body(), kept.body());
      for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Content-Length")) {
        assertEquals(written.header(header), kept.header(header), header);
      }
    }
    assertTrue(readCacheMetric("hits") >= hits + 3, "three reads answered from the cache");
    String etag = written.header("ETag").orElseThrow();
    Reply notModified = api().get(path, "If-None-Match", "W/" + etag + ", \"other\"");
    assertEquals(304, notModified.status());
    assertEquals(written.header("ETag"), notModified.header("ETag"));
    assertEquals(written.header("Cache-Control"), notModified.header("Cache-Control"));
    assertEquals("", notModified.body());
    // what the cache cannot judge, JAX-RS does, as before
    assertEquals(406, api().get(path, "Accept", "text/html").status());
    assertEquals(written.body(), api().get(path, "Accept", "application/json;q=0.9").body());
    assertEquals(200, api().get(path, "Authorization", "Bearer not-a-token").status());
  }

  /**
   * After a publication the most read answers are written again before the publish answers, from
   * the new state: the first resident to read the busiest list gets it from the cache (a hit), and
   * it already lists the new item.
   */
  @Test
  default void theMostReadAnswersAreWrittenAgainAtOnceAfterAPublication() {
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "warmed-" + unique();
    String busiest =
        "v1/advice?topic=burglary&sort=-published&size=" + (2 + Math.floorMod(slug.hashCode(), 8));
    for (int i = 0; i < 200; i++) { // the busiest list by far
      assertEquals(200, api().get(busiest).status());
    }
    assertFalse(api().get(busiest).slugs().contains(slug));
    assertEquals(
        201,
        api()
            .post("v1/admin/advice", draft(slug, "Warmed shed " + slug).toString(), publisher)
            .status());
    assertEquals(200, api().post("v1/admin/advice/" + slug + "/publish", "", publisher).status());
    double hits = readCacheMetric("hits");
    Reply first = api().get(busiest);
    assertTrue(first.slugs().contains(slug), "the new item is listed: " + first.slugs());
    assertEquals(
        hits + 1, readCacheMetric("hits"), "the first read after the publication was kept");
  }

  private double readCacheMetric(String name) {
    Reply metrics = Fixtures.applicationMetrics(api());
    String prefix = "saferportal_api_read_cache_" + name + "_total";
    return metrics
        .body()
        .lines()
        .filter(line -> line.startsWith(prefix))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }

  @Test
  default void aPublicationChangeShowsAtOnceDespiteTheReadCache() {
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "cached-" + unique();
    String list = "v1/advice?topic=burglary&sort=-published&size=50";
    String article = "v1/advice/" + slug;
    assertFalse(api().get(list).slugs().contains(slug)); // now kept by the cache
    assertEquals(
        201,
        api()
            .post("v1/admin/advice", draft(slug, "Cached shed " + slug).toString(), publisher)
            .status());
    assertEquals(200, api().post("v1/admin/advice/" + slug + "/publish", "", publisher).status());
    assertTrue(api().get(list).slugs().contains(slug), "listed once published");
    Reply first = api().get(article);
    assertEquals("Cached shed " + slug, first.json().getString("title"));
    String etag = first.header("ETag").orElseThrow();
    assertEquals(304, api().get(article, "If-None-Match", etag).status());

    // published changes: the new title at once, under a new ETag
    JsonObject changed =
        jakarta.json.Json.createObjectBuilder(draft(null, "Renamed shed " + slug))
            .remove("slug")
            .build();
    String version = api().get("v1/admin/advice/" + slug, publisher).header("ETag").orElseThrow();
    assertEquals(
        200,
        api()
            .put("v1/admin/advice/" + slug, changed.toString(), ifMatch(publisher, version))
            .status());
    assertEquals(
        "Cached shed " + slug,
        api().get(article).json().getString("title"),
        "unpublished changes are not public");
    assertEquals(200, api().post("v1/admin/advice/" + slug + "/publish", "", publisher).status());
    Reply renamed = api().get(article, "If-None-Match", etag);
    assertEquals(200, renamed.status());
    assertEquals("Renamed shed " + slug, renamed.json().getString("title"));
    assertNotEquals(etag, renamed.header("ETag").orElseThrow());

    // unpublished: gone from the item and the list at once
    assertEquals(200, api().post("v1/admin/advice/" + slug + "/unpublish", "", publisher).status());
    assertProblem(api().get(article), 404, "not-found", null);
    assertFalse(api().get(list).slugs().contains(slug), "unpublished");

    // published again, then archived: gone again
    assertEquals(200, api().post("v1/admin/advice/" + slug + "/publish", "", publisher).status());
    assertTrue(api().get(list).slugs().contains(slug));
    assertEquals(200, api().get(article).status());
    assertEquals(200, api().post("v1/admin/advice/" + slug + "/archive", "", publisher).status());
    assertProblem(api().get(article), 404, "not-found", null);
    assertFalse(api().get(list).slugs().contains(slug), "archived");
    assertFalse(
        api().get("v1/search?q=shed&size=50").slugs().contains(slug), "archived, not found");
  }

  @Test
  default void listItemsNameTopicsAndAreasByReferenceAndTheItemDescribesThem() {
    JsonObject item = api().get("v1/advice?topic=burglary&size=1").items().getJsonObject(0);
    JsonObject topic = item.getJsonArray("topics").getJsonObject(0);
    assertEquals(Set.of("slug", "name"), topic.keySet(), topic.toString());
    assertFalse(item.containsKey("body"));
    JsonObject detail = api().get("v1/advice/" + item.getString("slug")).json();
    assertTrue(detail.getJsonArray("topics").getJsonObject(0).containsKey("description"));
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "local-" + unique();
    JsonObject local =
        jakarta.json.Json.createObjectBuilder(draft(slug, "Local shed " + slug))
            .add("areas", jakarta.json.Json.createArrayBuilder().add("shropshire"))
            .build();
    assertEquals(201, api().post("v1/admin/advice", local.toString(), publisher).status());
    assertEquals(200, api().post("v1/admin/advice/" + slug + "/publish", "", publisher).status());
    JsonObject listed =
        api().get("v1/advice?area=shropshire&sort=-published&size=50").items().stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("slug").equals(slug))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            jakarta.json.Json.createObjectBuilder()
                .add("slug", "shropshire")
                .add("name", "Shropshire")
                .build()),
        listed.getJsonArray("areas"));
  }

  @Test
  default void fieldsChoosesWhatEachItemCarries() {
    Reply lean = api().get("v1/advice?topic=burglary&fields=slug,title");
    assertEquals(200, lean.status(), lean.toString());
    for (JsonValue item : lean.items()) {
      assertEquals(List.of("slug", "title"), List.copyOf(item.asJsonObject().keySet()));
    }
    assertTrue(lean.json().containsKey("total"), "the envelope is whole");
    JsonObject detail =
        api().get("v1/advice/keep-your-home-safe-from-burglars?fields=title,body").json();
    assertEquals(Set.of("title", "body"), detail.keySet());
    JsonObject found = api().get("v1/search?q=burglary&fields=type,slug").items().getJsonObject(0);
    assertEquals(Set.of("type", "slug"), found.keySet());
    JsonObject campaign = api().get("v1/campaigns?fields=slug,campaign").items().getJsonObject(0);
    assertEquals(Set.of("slug", "campaign"), campaign.keySet());

    assertProblem(api().get("v1/advice?fields=slug,password"), 400, "invalid-parameter", "fields");
    assertProblem(api().get("v1/advice?fields=body"), 400, "invalid-parameter", "fields");
    assertProblem(api().get("v1/advice?fields=slug,,title"), 400, "invalid-parameter", "fields");
    assertTrue(
        api().get("v1/advice?fields=nope").json().getString("detail").contains("slug, title"),
        "the problem names the fields there are");
  }
}
