package uk.police.saferportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiClient;
import uk.police.saferportal.content.support.ApiClient.Reply;
import uk.police.saferportal.content.support.Fixtures;
import uk.police.saferportal.content.support.MicroInstance;

/**
 * The public read cache with two API instances in one Payara cluster, sharing a database, as
 * production runs them behind a load balancer: whatever one instance publishes, unpublishes or
 * archives, and whatever either scheduler moves, shows on the other within a second although both
 * hold the old answers in their caches (which would otherwise keep them ten minutes).
 */
class PublicReadInstancesIT {
  private static final String PASSWORD = "demo-password";
  private static final Duration START = Duration.ofMinutes(4);

  /** How soon a change must show on the other instance. */
  private static final Duration WITHIN = Duration.ofSeconds(1);

  private static MicroInstance first;
  private static MicroInstance second;
  private static ApiClient one;
  private static ApiClient two;
  private static String[] publisher;

  @BeforeAll
  static void startTwoClusteredInstances() throws Exception {
    String databaseUrl = MicroInstance.ownDatabase("_reads");
    int seed = MicroInstance.freeTcpPort();
    String cluster = "saferportal-reads-" + seed;
    first =
        new MicroInstance("reads-first", MicroInstance.apiProperties(databaseUrl, "first", true))
            .clustered(cluster, seed, seed);
    second =
        new MicroInstance("reads-second", MicroInstance.apiProperties(databaseUrl, "second", false))
            .clustered(cluster, seed, MicroInstance.freeTcpPort());
    first.start(START);
    second.start(START);
    // Payara logs the data grid's size whenever a member joins
    first.awaitOutput("DG Size: 2", Duration.ofSeconds(60));
    one = new ApiClient(first.api());
    two = new ApiClient(second.api());
    publisher = one.bearer("publisher", PASSWORD); // staff tokens live in the database
  }

  @AfterAll
  static void stopBoth() throws InterruptedException {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void whatOneInstancePublishesUnpublishesOrArchivesShowsOnTheOtherWithinASecond()
      throws Exception {
    String slug = "both-" + UUID.randomUUID().toString().substring(0, 8);
    String list = "v1/advice?topic=burglary&sort=-published&size=50";
    String article = "v1/advice/" + slug;
    create(one, slug);
    assertFalse(two.get(list).slugs().contains(slug)); // the second instance now keeps this list
    assertFalse(one.get(list).slugs().contains(slug));

    ok(one.post("v1/admin/advice/" + slug + "/publish", "", publisher));
    showsWithin(two, list, r -> r.slugs().contains(slug), "published on the first");
    assertEquals("Shed " + slug, two.get(article).json().getString("title")); // kept by the second
    assertEquals("Shed " + slug, one.get(article).json().getString("title")); // and the first

    // changes published through the second instance show on the first
    String version = two.get("v1/admin/advice/" + slug, publisher).header("ETag").orElseThrow();
    ok(
        two.put(
            "v1/admin/advice/" + slug,
            draft("Renamed shed " + slug).toString(),
            Fixtures.ifMatch(publisher, version)));
    ok(two.post("v1/admin/advice/" + slug + "/publish", "", publisher));
    showsWithin(
        one,
        article,
        r -> r.status() == 200 && r.json().getString("title").equals("Renamed shed " + slug),
        "changes published on the second");

    ok(two.post("v1/admin/advice/" + slug + "/unpublish", "", publisher));
    showsWithin(one, article, r -> r.status() == 404, "unpublished on the second");
    showsWithin(one, list, r -> !r.slugs().contains(slug), "unpublished on the second");

    ok(one.post("v1/admin/advice/" + slug + "/publish", "", publisher));
    showsWithin(two, list, r -> r.slugs().contains(slug), "published again on the first");
    assertEquals(200, two.get(article).status());
    ok(one.post("v1/admin/advice/" + slug + "/archive", "", publisher));
    showsWithin(two, article, r -> r.status() == 404, "archived on the first");
    showsWithin(two, list, r -> !r.slugs().contains(slug), "archived on the first");
  }

  @Test
  void whatEitherSchedulerMovesShowsOnBothInstances() throws Exception {
    String slug = "timed-" + UUID.randomUUID().toString().substring(0, 8);
    String list = "v1/advice?topic=burglary&sort=-published&size=50";
    create(one, slug);
    assertFalse(one.get(list).slugs().contains(slug));
    assertFalse(two.get(list).slugs().contains(slug));
    Instant publishAt = Instant.now().plusSeconds(3);
    ok(
        one.post(
            "v1/admin/advice/" + slug + "/schedule",
            Json.createObjectBuilder()
                .add("publishAt", publishAt.toString())
                .add("unpublishAt", publishAt.plusSeconds(5).toString())
                .build()
                .toString(),
            publisher));

    awaitState(slug, "published");
    showsWithin(one, list, r -> r.slugs().contains(slug), "published by a scheduler");
    showsWithin(two, list, r -> r.slugs().contains(slug), "published by a scheduler");
    awaitState(slug, "archived");
    showsWithin(one, list, r -> !r.slugs().contains(slug), "ended by a scheduler");
    showsWithin(two, list, r -> !r.slugs().contains(slug), "ended by a scheduler");
  }

  // ---- helpers ------------------------------------------------------------------------------

  /**
   * Reads {@code path} until the answer passes, failing if that takes longer than {@link #WITHIN}.
   */
  private static void showsWithin(ApiClient api, String path, Predicate<Reply> shows, String what)
      throws Exception {
    long started = System.nanoTime();
    long deadline = started + WITHIN.toNanos();
    Reply reply = api.get(path);
    while (!shows.test(reply)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            what
                + ": "
                + api.base()
                + path
                + " still answers the old state after "
                + WITHIN
                + ": "
                + reply);
      }
      Thread.sleep(20);
      reply = api.get(path);
    }
    System.out.printf(
        "%s: showed at %s%s after %d ms%n",
        what, api.base(), path, (System.nanoTime() - started) / 1_000_000);
  }

  private static void awaitState(String slug, String state) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      last = one.get("v1/admin/advice/" + slug, publisher).json().getString("state");
      if (last.equals(state)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(slug + " is " + last + ", expected " + state);
  }

  private static void create(ApiClient api, String slug) {
    var draft = Json.createObjectBuilder(draft("Shed " + slug)).add("slug", slug).build();
    Reply created = api.post("v1/admin/advice", draft.toString(), publisher);
    assertEquals(201, created.status(), created.toString());
  }

  private static jakarta.json.JsonObject draft(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "A short summary")
        .add("body", "<h2>What to do</h2><p>Lock your shed.</p>")
        .add("topics", Json.createArrayBuilder().add("burglary"))
        .add("areas", Json.createArrayBuilder())
        .build();
  }

  private static void ok(Reply reply) {
    assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
  }
}
