package uk.police.saferportal.content.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient;
import uk.police.saferportal.content.support.ApiClient.Reply;
import uk.police.saferportal.content.support.Fixtures;
import uk.police.saferportal.content.support.RawHttp;
import uk.police.saferportal.content.support.RawHttp.Answer;
import uk.police.saferportal.content.support.RawHttp.Request;

/**
 * Hostile input (issue 9): a corpus of generated requests against every operation in the API's own
 * OpenAPI document, public and staff (with a valid token, so that the junk reaches validation):
 * malformed and mistyped JSON, duplicates, sizes, unicode, header and parameter oddities. Not one
 * answer may be a 5xx; every error is problem+json; no answer names a class, the server or its
 * version. And races on one item answer 409/412, never 500.
 */
public interface HostileInputCases extends ApiCases {
  Logger LOG = Logger.getLogger(HostileInputCases.class.getName());

  /** What must never appear in an answer: Java names, server names, stack traces. */
  Pattern LEAK =
      Pattern.compile(
          "uk\\.police|java\\.|jakarta\\.|javax\\.|org\\.(glassfish|eclipse|apache)|Exception"
              + "|Payara|GlassFish|Grizzly|Jersey|EclipseLink|MariaDB|\\bat [a-z]+\\.[a-z]+\\.");

  /** Paths the HTTP layer itself refuses, with a bare 400, before the WAR sees them. */
  Pattern BARE_400 = Pattern.compile("%00|%FF");

  List<String> HOSTILE_SEGMENTS =
      List.of(
          "%7B",
          "%7D",
          "%7Bslug%7D",
          // one level up at most: a path that leaves /api is not the API's to answer
          "..%2Fetc%2Fpasswd",
          "%00",
          "caf%C3%A9",
          "%F0%9F%92%A5",
          "%FF%FE",
          "%E2%80%AE",
          "a".repeat(600),
          "-1",
          "99999999999999999999999",
          "%20",
          "x;y=z",
          "%25",
          "%3Cscript%3E");

  List<String> HOSTILE_QUERIES =
      List.of(
          "page=-1",
          "page=abc",
          "page=99999999999",
          "size=0",
          "size=100000",
          "size=1e3",
          "sort=%7B",
          "sort=title,title",
          "q=%7B",
          "q=%7D%7B",
          "q=" + "x".repeat(3000),
          "q=%00",
          "q=%E2%80%AE%F0%9F%92%A5",
          "q=*",
          "q=%22%22%22",
          "q=+-~%3C%3E()",
          "topic=%7B%7D",
          "area=%7B",
          "fields=%7B",
          "fields=,,",
          "fields=" + "a,".repeat(400),
          "page=1&page=2",
          "%ZZ=1",
          "q=%ZZ",
          "from=not-a-date&to=2026-13-45",
          "postcode=%7B",
          "state=%7B",
          "type=%00");

  List<String[]> HOSTILE_HEADERS =
      List.of(
          new String[] {"Accept", "*/*;q=garbage"},
          new String[] {"Accept", "application/json;q=2"},
          new String[] {"Accept", "application/json;q="},
          new String[] {"Accept", "application/xml"},
          new String[] {"Accept", "text/html"},
          new String[] {"Accept", ";;"},
          new String[] {"Accept", "application/json, */*;q=0.5, text/*;q=x"},
          new String[] {"Content-Type", "application/json; q=x"},
          new String[] {"Content-Type", "application/json; charset=nonsense"},
          new String[] {"Content-Type", "application/json;;"},
          new String[] {"Content-Type", "application/json; charset"},
          new String[] {"Content-Type", "text/plain"},
          new String[] {"Content-Type", "multipart/form-data"},
          new String[] {"Content-Type", "garbage"},
          new String[] {"If-None-Match", "garbage"},
          new String[] {"If-None-Match", "\""},
          new String[] {"If-Match", "W/\"x\""},
          new String[] {"If-Match", "garbage"},
          new String[] {"If-Modified-Since", "yesterday"},
          new String[] {"Accept-Language", "%7B;q=x"},
          new String[] {"Accept-Encoding", "gzip;q=x"},
          new String[] {"Authorization", "Bearer"},
          new String[] {"Authorization", "Bearer " + "x".repeat(5000)},
          new String[] {"Authorization", "Basic Zm9vOmJhcg=="},
          new String[] {"Authorization", "Bearer %7B%7D"},
          new String[] {"Authorization", "Bearer spt_" + "0".repeat(40)},
          new String[] {"X-Forwarded-For", "%7B, ::::, 999.1.1.1"},
          new String[] {"Range", "bytes=garbage"});

  List<String> HOSTILE_BODIES =
      List.of(
          "",
          "{",
          "[",
          "]",
          "\"text\"",
          "null",
          "1e999999",
          "{}",
          "[]",
          "{\"title\":1}",
          "{\"title\":[\"a\"]}",
          "{\"title\":{\"a\":1}}",
          "{\"title\":null,\"summary\":null,\"body\":null}",
          "{\"topics\":\"burglary\"}",
          "{\"topics\":[1,2]}",
          "{\"topics\":[null]}",
          "{\"topics\":[\"burglary\",\"burglary\"]}",
          "{\"areas\":[\"x\",\"x\"]}",
          "{\"title\":\"\\ud800\"}",
          "{\"title\":\"a\",\"title\":\"b\"}",
          "{\"title\":\"" + "\u202e".repeat(500) + "\"}",
          "{\"campaign\":5}",
          "{\"campaign\":{\"callToActionUrl\":\"/\\\\evil.example/x\"}}",
          "{\"slug\":\"../../x\"}",
          "{\"slug\":\"%7B\"}",
          "{\"publishAt\":\"never\"}",
          "{\"at\":\"2026-02-30T25:61:00Z\"}",
          "{\"username\":[],\"password\":{}}",
          "{\"scope\":\"everything\",\"name\":1}",
          "{\"url\":\"javascript:alert(1)\",\"events\":\"all\"}",
          "{\"title\":\"x\",\"body\":\"" + "<p>".repeat(2000) + "\"}",
          "[".repeat(5000),
          "{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2001));

  @Test
  default void aCorpusOfHostileRequestsGetsOnlyProblemAnswersAndNothingInternal() throws Exception {
    URI root = api().base().resolve("/");
    Reply openapi = new ApiClient(root).get("openapi", "Accept", "application/json");
    assertEquals(200, openapi.status(), openapi.toString());
    JsonObject paths =
        Json.createReader(new StringReader(openapi.body())).readObject().getJsonObject("paths");
    String[] admin = api().bearer("admin", "demo-password");
    String bearer = admin[1].substring("Bearer ".length());
    // an item of the test's own, so that writes with a real slug touch nothing another test uses
    String own = "hostile-" + Fixtures.unique();
    assertEquals(
        201,
        api().post("v1/admin/advice", Fixtures.draft(own, "Hostile").toString(), admin).status());

    List<Request> corpus = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        String verb = method.toUpperCase(java.util.Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)
            || path.startsWith("/v1/auth/token") && verb.equals("DELETE")) {
          continue; // signing the corpus's own token out would only make the rest 401
        }
        boolean staff = path.startsWith("/v1/admin") || path.startsWith("/v1/auth");
        boolean writes = !verb.equals("GET") && !verb.equals("DELETE");
        String target = "/api" + fill(path, own);
        List<String[]> auth =
            staff
                ? java.util.Collections.singletonList(
                    new String[] {"Authorization", "Bearer " + bearer})
                : List.<String[]>of();
        List<String[]> json =
            java.util.Collections.singletonList(new String[] {"Content-Type", "application/json"});
        byte[] emptyObject = writes ? "{}".getBytes(StandardCharsets.UTF_8) : null;
        for (String[] header : HOSTILE_HEADERS) {
          List<String[]> headers = new ArrayList<>();
          if (!header[0].equals("Authorization")) {
            headers.addAll(auth);
          }
          if (writes && !header[0].equals("Content-Type")) {
            headers.addAll(json);
          }
          headers.add(header);
          corpus.add(new Request(verb, target, headers, emptyObject));
        }
        int last = path.lastIndexOf('{');
        for (String segment : HOSTILE_SEGMENTS) {
          String hostile =
              last < 0
                  ? target + "/" + segment
                  : "/api"
                      + fill(
                          path.substring(0, last)
                              + segment
                              + path.substring(path.indexOf('}', last) + 1),
                          own);
          List<String[]> headers = new ArrayList<>(auth);
          if (writes) {
            headers.addAll(json);
          }
          corpus.add(new Request(verb, hostile, headers, emptyObject));
        }
        if (verb.equals("GET")) {
          for (String query : HOSTILE_QUERIES) {
            corpus.add(new Request(verb, target + "?" + query, auth, null));
          }
        }
        if (writes) {
          for (String body : HOSTILE_BODIES) {
            List<String[]> headers = new ArrayList<>(auth);
            headers.addAll(json);
            corpus.add(new Request(verb, target, headers, body.getBytes(StandardCharsets.UTF_8)));
          }
          List<String[]> headers = new ArrayList<>(auth);
          headers.addAll(json);
          // not UTF-8 at all, and bigger than any JSON body may be
          corpus.add(
              new Request(verb, target, headers, new byte[] {'{', '"', (byte) 0xC3, '"', '}'}));
          corpus.add(new Request(verb, target, headers, new byte[3 * 1024 * 1024]));
        }
      }
    }
    // methods no operation has
    for (String odd : List.of("TRACE", "OPTIONS", "PROPFIND", "FOO", "HEAD")) {
      corpus.add(new Request(odd, "/api/v1/advice", List.of(), null));
    }

    RawHttp http = new RawHttp(root);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Integer> kinds = new TreeMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<Answer>> answers = new ArrayList<>();
    for (Request request : corpus) {
      answers.add(clients.submit(() -> http.send(request)));
    }
    for (int i = 0; i < corpus.size(); i++) {
      Request request = corpus.get(i);
      Answer answer;
      try {
        answer = answers.get(i).get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        failures.add(request + " -> no answer: " + e);
        continue;
      }
      statuses.merge(answer.status(), 1, Integer::sum);
      String fault = fault(request, answer);
      if (fault != null) {
        failures.add(request + " -> " + fault + ": " + answer);
        kinds.merge(fault + " (" + answer.status() + ")", 1, Integer::sum);
      }
    }
    clients.shutdown();
    LOG.info(
        () ->
            "hostile corpus: "
                + corpus.size()
                + " requests, statuses "
                + statuses
                + ", "
                + failures.size()
                + " faults");
    assertTrue(corpus.size() >= 2_000, "the corpus has " + corpus.size() + " requests");
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + corpus.size()
            + " answers were faulty "
            + kinds
            + ", for example:\n"
            + String.join("\n", examples(failures)));
  }

  /** A few failures of each kind of request (method, last header or the body's start). */
  private static List<String> examples(java.util.Collection<String> failures) {
    Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
    for (String failure : failures) {
      String kind = failure.replaceAll("/api/v1/[^ ]*", "").replaceAll("Bearer [^\\]]*", "");
      kind = kind.substring(0, Math.min(70, kind.length()));
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(failure);
    }
    return byKind.values().stream().limit(60).map(list -> list.get(0)).toList();
  }

  @Test
  default void jerseysWadlIsOff() {
    Reply reply = api().get("v1/application.wadl");
    assertEquals(404, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
  }

  /** What is wrong with an answer, or null. */
  private static String fault(Request request, Answer answer) {
    if (answer.status() >= 500) {
      return "a server error";
    }
    if (answer.header("server").isPresent() || answer.header("x-powered-by").isPresent()) {
      return "names the server";
    }
    Matcher leak = LEAK.matcher(answer.body());
    if (leak.find()) {
      return "leaks '" + leak.group() + "'";
    }
    boolean bare = answer.body().isEmpty() && answer.contentType().isEmpty();
    if (bare
        && (answer.status() == 400 && BARE_400.matcher(request.target()).find()
            || answer.status() == 405 && request.method().equals("TRACE"))) {
      // refused by the HTTP layer before any application sees it (a NUL or bytes that are not
      // UTF-8 in the path; TRACE): a bare status that says nothing at all
      return null;
    }
    if (answer.status() >= 400
        && !request.method().equals("HEAD")
        && !answer.contentType().startsWith("application/problem+json")) {
      return "an error that is not problem+json";
    }
    return null;
  }

  /** The path with every parameter given a real-looking value; a slug is the test's own item. */
  private static String fill(String path, String own) {
    return path.replace("{collection}", "advice")
        .replace("{slug}", path.contains("wdbc") ? "no-such-town" : own)
        .replace("{id}", "1")
        .replace("{deliveryId}", "1")
        .replace("{key}", "no-such-key")
        .replace("{fileName}", "x.png")
        .replace("{token}", "no-such-token")
        .replace("{number}", "1")
        .replace("{from}", "1")
        .replace("{to}", "2");
  }

  /** Races on one item: parallel creates without a slug and parallel moves answer 201/409/412. */
  @Test
  default void racesOnOneItemAnswerConflictsNotServerErrors() throws Exception {
    String[] publisher = api().bearer("publisher", "demo-password");
    String title = "Race " + Fixtures.unique();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<Reply>> creates = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      creates.add(
          clients.submit(
              () ->
                  api()
                      .post("v1/admin/advice", Fixtures.draft(null, title).toString(), publisher)));
    }
    List<String> created = new ArrayList<>();
    for (Future<Reply> create : creates) {
      Reply reply = create.get(60, TimeUnit.SECONDS);
      assertTrue(List.of(201, 409).contains(reply.status()), "parallel create: " + reply);
      if (reply.status() == 201) {
        created.add(reply.json().getString("slug"));
      }
      if (reply.status() == 409) {
        Fixtures.assertProblem(reply, 409, "conflict", null);
      }
    }
    assertTrue(!created.isEmpty(), "at least one create succeeded");
    assertEquals(created.size(), created.stream().distinct().count(), "slugs unique: " + created);

    String slug = created.get(0);
    List<Future<Reply>> moves = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String move = i % 2 == 0 ? "submit" : "publish";
      moves.add(
          clients.submit(
              () -> api().post("v1/admin/advice/" + slug + "/" + move, "{}", publisher)));
    }
    for (Future<Reply> move : moves) {
      Reply reply = move.get(60, TimeUnit.SECONDS);
      assertTrue(reply.status() < 500, "parallel move: " + reply);
      if (reply.status() >= 400) {
        assertTrue(
            reply.contentType().startsWith("application/problem+json"), "parallel move: " + reply);
      }
    }
    clients.shutdown();
  }

  /**
   * More requests stuck on the database than the pool has connections: the first ones wait out the
   * statement limit (4 s), the rest the pool's wait (3 s), and every one gets a 503 with
   * Retry-After, none a 500 or a hang; public reads the API keeps still answer meanwhile, and the
   * pool is all in use at the worst moment (the application's pool gauges say so).
   */
  @Test
  default void anExhaustedPoolIsAQuick503ForEveryoneAndKeptReadsStillAnswer() throws Exception {
    String[] publisher = api().bearer("publisher", "demo-password");
    String slug = draftToLock(publisher, "exhausted");
    String kept = "v1/advice?size=3";
    assertEquals(200, api().get(kept).status());
    assertEquals(200, api().get(kept).status()); // now the API keeps it
    int poolSize = (int) Fixtures.applicationMetric(api(), "saferportal_database_connections_max");
    assertEquals(30, poolSize);
    int requests = poolSize + 15;
    ExecutorService clients = Executors.newFixedThreadPool(requests);
    try (java.sql.Connection lock = holdLocked(slug)) {
      long sent = System.nanoTime();
      List<Future<Reply>> stuck = new ArrayList<>();
      for (int n = 0; n < requests; n++) {
        stuck.add(
            clients.submit(
                () -> api().post("v1/admin/advice/" + slug + "/submit", "{}", publisher)));
      }
      Thread.sleep(1_500); // every connection taken by now
      long readSent = System.nanoTime();
      Reply read = api().get(kept);
      long readMs = (System.nanoTime() - readSent) / 1_000_000;
      assertEquals(200, read.status(), read.toString());
      assertTrue(readMs < 500, "a kept read took " + readMs + " ms while the pool was exhausted");
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (Future<Reply> answer : stuck) {
        Reply reply = answer.get(20, TimeUnit.SECONDS);
        statuses.merge(reply.status(), 1, Integer::sum);
        Fixtures.assertProblem(reply, 503, "unavailable", null);
        assertEquals("5", reply.header("Retry-After").orElse(""), reply.toString());
      }
      long tookMs = (System.nanoTime() - sent) / 1_000_000;
      Logger.getLogger(HostileInputCases.class.getName())
          .info(requests + " requests on an exhausted pool: " + statuses + " in " + tookMs + " ms");
      assertTrue(tookMs < 12_000, "the last answer came after " + tookMs + " ms");
      lock.rollback();
    } finally {
      clients.shutdownNow();
    }
    assertEquals(
        poolSize,
        (long) Fixtures.applicationMetric(api(), "saferportal_database_connections_peak"),
        "the pool was not all in use");
    Reply after = api().post("v1/admin/advice/" + slug + "/submit", "{}", publisher);
    assertEquals(200, after.status(), after.toString());
    assertTrue(
        Fixtures.applicationMetric(api(), "saferportal_database_connections_in_use") <= 2,
        "connections still counted as in use");
  }

  /**
   * A statement that waits on the database (here a row another connection holds locked) is cut at
   * the pool's 4 s statement limit and answered 503 with Retry-After, long before InnoDB's own 50 s
   * lock wait; once the lock is gone the same request works.
   */
  @Test
  default void aStatementStuckOnTheDatabaseIsAQuick503() throws Exception {
    String[] publisher = api().bearer("publisher", "demo-password");
    String slug = draftToLock(publisher, "locked");
    try (java.sql.Connection lock = holdLocked(slug)) {
      long sent = System.nanoTime();
      Reply stuck = api().post("v1/admin/advice/" + slug + "/submit", "{}", publisher);
      long tookMs = (System.nanoTime() - sent) / 1_000_000;
      Fixtures.assertProblem(stuck, 503, "unavailable", null);
      assertEquals("5", stuck.header("Retry-After").orElse(""), stuck.toString());
      assertTrue(tookMs < 8_000, "answered after " + tookMs + " ms");
      lock.rollback();
    }
    Reply after = api().post("v1/admin/advice/" + slug + "/submit", "{}", publisher);
    assertEquals(200, after.status(), after.toString());
  }

  /** A new advice draft whose row a test is about to hold locked; answers its slug. */
  private String draftToLock(String[] publisher, String prefix) {
    String slug = prefix + "-" + Fixtures.unique();
    Reply created =
        api().post("v1/admin/advice", Fixtures.draft(slug, prefix).toString(), publisher);
    assertEquals(201, created.status(), created.toString());
    return slug;
  }

  /**
   * A connection of the test's own that holds the advice item's row locked (select ... for update
   * in an open transaction) until it is rolled back or closed, as a long migration or a stuck
   * session would.
   */
  private static java.sql.Connection holdLocked(String slug) throws java.sql.SQLException {
    java.sql.Connection lock =
        uk.police.saferportal.content.support.MicroInstance.connect(
            System.getProperty("it.db.url"));
    lock.setAutoCommit(false);
    try (var hold =
        lock.prepareStatement(
            "select id from content where content_type = 'advice' and slug = ? for update")) {
      hold.setString(1, slug);
      hold.executeQuery().close();
    } catch (java.sql.SQLException e) {
      lock.close();
      throw e;
    }
    return lock;
  }
}
