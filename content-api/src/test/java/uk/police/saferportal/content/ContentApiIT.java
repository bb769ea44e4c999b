package uk.police.saferportal.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.police.saferportal.content.support.ApiClient;
import uk.police.saferportal.content.support.ApiClient.Reply;

/**
 * The content API over real HTTP, on Payara Micro with a real MariaDB, in demo mode (demo staff
 * accounts and published demo advice). One deployment for every case: each case makes its own data
 * with unique slugs, so none depends on another.
 */
@ExtendWith(ArquillianExtension.class)
class ContentApiIT {
  private static final String PASSWORD = "demo-password";
  private static final Set<String> LEAKS =
      Set.of(
          "Exception", "java.", "jakarta.", "uk.police", "SQL", "eclipse", "at org.", "Caused by");

  /** The real WAR the build produced, deployed at /api as in production. */
  @Deployment(testable = false)
  static WebArchive contentApi() {
    return ShrinkWrap.create(ZipImporter.class, "api.war")
        .importFrom(new File(System.getProperty("it.war", "target/content-api.war")))
        .as(WebArchive.class);
  }

  @ArquillianResource URL base;

  private ApiClient api;

  @BeforeEach
  void connect() throws Exception {
    api = new ApiClient(base.toURI());
  }

  // ---- public reads ----------------------------------------------------------------------

  @Test
  void listsPublishedAdviceInThePagingEnvelope() {
    Reply reply = api.get("v1/advice");
    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("application/json"));
    JsonObject page = reply.json();
    assertAll(
        () -> assertEquals(1, page.getInt("page")),
        () -> assertEquals(10, page.getInt("size")),
        () -> assertTrue(page.getJsonNumber("total").longValue() >= 7),
        () -> assertFalse(reply.slugs().contains("recognising-domestic-abuse"), "draft listed"),
        () -> assertFalse(page.getJsonArray("items").getJsonObject(0).containsKey("body")),
        () -> assertFalse(page.getJsonArray("items").getJsonObject(0).containsKey("state")));
  }

  @Test
  void filtersAdviceByTopic() {
    Reply reply = api.get("v1/advice?topic=rural-crime");
    assertEquals(200, reply.status());
    assertEquals(List.of("farm-and-machinery-security"), reply.slugs());
  }

  @Test
  void areaFilterIncludesForceWideAdviceButNotOtherAreas() {
    String area = "v1/advice?area=telford-and-wrekin&q=";
    assertTrue(api.get(area + "bike").slugs().contains("bike-security-in-telford"));
    assertTrue(api.get(area + "doorstep").slugs().contains("spot-and-stop-doorstep-scams"));
    assertEquals(List.of(), api.get(area + "machinery").slugs());
    assertEquals(
        List.of("farm-and-machinery-security"),
        api.get("v1/advice?area=shropshire&q=machinery").slugs());
  }

  @Test
  void searchesTheTextOfPublishedAdvice() {
    assertEquals(
        List.of("spot-and-stop-doorstep-scams"), api.get("v1/advice?q=rogue%20traders").slugs());
    assertEquals(List.of(), api.get("v1/advice?q=coercive").slugs(), "draft text found");
  }

  @Test
  void textSearchIsRankedAndMatchesWordBeginnings() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String word = "qx" + unique().replaceAll("[^a-z]", "k");
    String inTitle = "ranked-title-" + unique();
    String inBody = "ranked-body-" + unique();
    JsonObject bodyOnly =
        Json.createObjectBuilder(draft(inBody, "Mentions it once"))
            .add("body", "<p>Somewhere below: " + word + " padlocks.</p>")
            .build();
    JsonObject titleToo =
        Json.createObjectBuilder(draft(inTitle, "All about " + word))
            .add("summary", "Everything on " + word)
            .add("body", "<p>" + word + " padlocks, and more " + word + " advice.</p>")
            .build();
    for (JsonObject article : List.of(bodyOnly, titleToo)) {
      api.post("v1/admin/advice", article.toString(), editor);
      api.post("v1/admin/advice/" + article.getString("slug") + "/publish", "", publisher);
    }
    assertEquals(List.of(inTitle, inBody), api.get("v1/advice?q=" + word).slugs());
    assertEquals(List.of(inTitle, inBody), api.get("v1/advice?q=" + word.substring(0, 5)).slugs());
    assertEquals(List.of(inBody, inTitle), api.get("v1/advice?q=" + word + "&sort=-title").slugs());
    assertEquals(List.of(), api.get("v1/advice?q=" + word + "%20nonexistentword").slugs());
    assertEquals(200, api.get("v1/advice?q=%2B%2B%22%29(*").status());
  }

  @Test
  void pagesAndSortsWithAServerMaximum() {
    Reply second = api.get("v1/advice?size=2&page=2&sort=title");
    assertEquals(200, second.status());
    assertEquals(2, second.json().getInt("size"));
    assertEquals(2, second.json().getInt("page"));
    List<String> all = api.get("v1/advice?size=50&sort=title").slugs();
    assertEquals(all.subList(2, 4), second.slugs());
    List<String> reversed = new java.util.ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, api.get("v1/advice?size=50&sort=-title").slugs());
    assertProblem(api.get("v1/advice?size=51"), 400, "invalid-parameter", "size");
  }

  @Test
  void answersNotModifiedWhenTheETagMatches() {
    Reply first = api.get("v1/advice?topic=burglary");
    String etag = first.header("ETag").orElseThrow();
    assertTrue(first.header("Cache-Control").orElseThrow().contains("max-age"));
    Reply again = api.get("v1/advice?topic=burglary", "If-None-Match", etag);
    assertEquals(304, again.status());
    assertEquals("", again.body());
    assertEquals(200, api.get("v1/advice?topic=fraud-and-scams", "If-None-Match", etag).status());
    Reply article = api.get("v1/advice/keep-your-home-safe-from-burglars");
    assertEquals(
        304,
        api.get(
                "v1/advice/keep-your-home-safe-from-burglars",
                "If-None-Match",
                article.header("ETag").orElseThrow())
            .status());
  }

  @Test
  void rejectsUnknownAndInvalidQueryParameters() {
    assertProblem(api.get("v1/advice?topc=burglary"), 400, "invalid-parameter", "topc");
    assertProblem(api.get("v1/advice?page=abc"), 400, "invalid-parameter", "page");
    assertProblem(api.get("v1/advice?page=0"), 400, "invalid-parameter", "page");
    assertProblem(api.get("v1/advice?sort=id"), 400, "invalid-parameter", "sort");
    assertProblem(api.get("v1/advice?topic=nonsense"), 400, "invalid-parameter", "topic");
    assertProblem(api.get("v1/advice?area=atlantis"), 400, "invalid-parameter", "area");
    assertProblem(api.get("v1/topics?page=1"), 400, "invalid-parameter", "page");
  }

  @Test
  void readsOnePublishedArticleButHidesDrafts() {
    Reply article = api.get("v1/advice/keep-your-home-safe-from-burglars");
    assertEquals(200, article.status());
    JsonObject json = article.json();
    assertTrue(json.getString("body").contains("<h2>Lock up, every time</h2>"));
    assertEquals("burglary", json.getJsonArray("topics").getJsonObject(0).getString("slug"));
    assertFalse(json.containsKey("createdBy"));
    assertProblem(api.get("v1/advice/recognising-domestic-abuse"), 404, "not-found", null);
    assertProblem(api.get("v1/advice/no-such-article"), 404, "not-found", null);
  }

  @Test
  void listsTopicsAndAreas() {
    Reply topics = api.get("v1/topics");
    assertEquals(200, topics.status());
    assertTrue(topics.slugs().containsAll(List.of("burglary", "fraud-and-scams", "rural-crime")));
    Reply areas = api.get("v1/areas");
    assertEquals(
        List.of(
            "herefordshire",
            "north-worcestershire",
            "south-worcestershire",
            "shropshire",
            "telford-and-wrekin"),
        areas.slugs());
    assertEquals(5, areas.json().getInt("total"));
  }

  @Test
  void looksUpTheAreaOfAPostcodeOffline() {
    assertEquals("south-worcestershire", area("WR5%202EX"));
    assertEquals("herefordshire", area("hr12aa"));
    assertEquals("telford-and-wrekin", area("TF1%201AA"));
    assertEquals("shropshire", area("TF11%208PD"));
    assertEquals("north-worcestershire", area("B60%201AA"));
    assertEquals("north-worcestershire", area("DY10"));
    assertProblem(api.get("v1/areas/lookup?postcode=SW1A%201AA"), 404, "not-found", null);
    assertProblem(api.get("v1/areas/lookup?postcode=SY20%209AA"), 404, "not-found", null);
    assertProblem(api.get("v1/areas/lookup?postcode=hello"), 400, "invalid-parameter", "postcode");
    assertProblem(api.get("v1/areas/lookup"), 400, "invalid-parameter", "postcode");
  }

  private String area(String postcode) {
    Reply reply = api.get("v1/areas/lookup?postcode=" + postcode);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getString("slug");
  }

  // ---- staff authentication and authorisation ----------------------------------------------

  @Test
  void staffEndpointsNeedAValidToken() {
    Reply none = api.get("v1/admin/advice");
    assertProblem(none, 401, "unauthenticated", null);
    assertTrue(none.header("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    assertProblem(
        api.get("v1/admin/advice", "Authorization", "Bearer not-a-token"),
        401,
        "unauthenticated",
        null);
    assertProblem(
        api.post("v1/admin/advice", draft("x", "Title").toString()), 401, "unauthenticated", null);
  }

  @Test
  void signInAnswersATokenWithExpiryAndRoles() {
    Reply reply =
        api.post("v1/auth/token", "{\"username\":\"Publisher\",\"password\":\"" + PASSWORD + "\"}");
    assertEquals(200, reply.status(), reply.toString());
    JsonObject token = reply.json();
    assertEquals("Bearer", token.getString("tokenType"));
    assertTrue(token.getString("token").length() >= 40);
    assertTrue(token.containsKey("expiresAt"));
    assertEquals("publisher", token.getString("username"));
    assertTrue(token.getJsonArray("permissions").toString().contains("content:publish"));
    assertEquals("no-store", reply.header("Cache-Control").orElseThrow());
  }

  @Test
  void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    Reply wrong = api.post("v1/auth/token", "{\"username\":\"editor\",\"password\":\"nope\"}");
    Reply nobody = api.post("v1/auth/token", "{\"username\":\"nobody\",\"password\":\"nope\"}");
    assertProblem(wrong, 401, "unauthenticated", null);
    assertProblem(nobody, 401, "unauthenticated", null);
    assertEquals(wrong.json().getString("detail"), nobody.json().getString("detail"));
    assertProblem(
        api.post("v1/auth/token", "{\"username\":\"editor\"}"), 400, "validation", "password");
  }

  @Test
  void repeatedFailuresLockTheAccountForAWhile() {
    String[] admin = api.bearer("admin", PASSWORD);
    String username = "lockme-" + unique();
    String password = "correct-horse-battery";
    Reply created =
        api.post(
            "v1/admin/staff",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Lock Me")
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add("editor"))
                .build()
                .toString(),
            admin);
    assertEquals(201, created.status(), created.toString());
    String wrong = "{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}";
    for (int i = 0; i < 4; i++) {
      assertProblem(api.post("v1/auth/token", wrong), 401, "unauthenticated", null);
    }
    Reply locked = api.post("v1/auth/token", wrong);
    assertProblem(locked, 429, "account-locked", null);
    assertTrue(Integer.parseInt(locked.header("Retry-After").orElseThrow()) > 0);
    Reply rightButLocked =
        api.post(
            "v1/auth/token",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    assertProblem(rightButLocked, 429, "account-locked", null);
  }

  @Test
  void editorsCannotPublishUnpublishOrDelete() {
    String[] editor = api.bearer("editor", PASSWORD);
    String slug = "editor-draft-" + unique();
    assertEquals(
        201, api.post("v1/admin/advice", draft(slug, "Editor draft").toString(), editor).status());
    assertProblem(
        api.post("v1/admin/advice/" + slug + "/publish", "", editor), 403, "forbidden", null);
    assertProblem(
        api.post("v1/admin/advice/" + slug + "/unpublish", "", editor), 403, "forbidden", null);
    assertProblem(api.delete("v1/admin/advice/" + slug, editor), 403, "forbidden", null);
    assertProblem(api.get("v1/admin/staff", editor), 403, "forbidden", null);
    assertProblem(api.get("v1/advice/" + slug), 404, "not-found", null);
  }

  @Test
  void anEditorWritesAPublisherPublishesAndThePublicSeesIt() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "shed-security-" + unique();

    Reply created = api.post("v1/admin/advice", draft(slug, "Shed security").toString(), editor);
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.header("Location").orElseThrow().endsWith("/v1/admin/advice/" + slug));
    assertEquals("draft", created.json().getString("state"));
    assertEquals("editor", created.json().getString("createdBy"));
    assertProblem(api.get("v1/advice/" + slug), 404, "not-found", null);

    Reply published = api.post("v1/admin/advice/" + slug + "/publish", "", publisher);
    assertEquals(200, published.status(), published.toString());
    assertEquals("published", published.json().getString("state"));
    assertEquals(200, api.get("v1/advice/" + slug).status());
    assertTrue(api.get("v1/advice?topic=burglary&size=50").slugs().contains(slug));
    assertProblem(
        api.post("v1/admin/advice/" + slug + "/publish", "", publisher), 409, "conflict", null);

    Reply unpublished = api.post("v1/admin/advice/" + slug + "/unpublish", "", publisher);
    assertEquals("draft", unpublished.json().getString("state"));
    assertProblem(api.get("v1/advice/" + slug), 404, "not-found", null);

    Reply deleted = api.delete("v1/admin/advice/" + slug, publisher);
    assertEquals(204, deleted.status());
    assertProblem(api.get("v1/admin/advice/" + slug, editor), 404, "not-found", null);

    String[] admin = api.bearer("admin", PASSWORD);
    Reply audit = api.get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin);
    assertEquals(200, audit.status(), audit.toString());
    List<String> actions =
        audit.items().stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertEquals(
        List.of("advice.delete", "advice.unpublish", "advice.publish", "advice.create"), actions);
    assertEquals("publisher", audit.items().getJsonObject(0).getString("actor"));
    assertProblem(api.get("v1/admin/audit", editor), 403, "forbidden", null);
  }

  @Test
  void aStaleUpdateIsRefusedWith412AndAMissingIfMatchWith428() {
    String[] editor = api.bearer("editor", PASSWORD);
    String slug = "stale-" + unique();
    Reply created = api.post("v1/admin/advice", draft(slug, "First").toString(), editor);
    String etag = created.header("ETag").orElseThrow();

    Reply updated =
        api.put(
            "v1/admin/advice/" + slug,
            draft(slug, "Second").toString(),
            editor[0],
            editor[1],
            "If-Match",
            etag);
    assertEquals(200, updated.status(), updated.toString());
    assertEquals("Second", updated.json().getString("title"));
    assertFalse(etag.equals(updated.header("ETag").orElseThrow()));

    Reply stale =
        api.put(
            "v1/admin/advice/" + slug,
            draft(slug, "Third").toString(),
            editor[0],
            editor[1],
            "If-Match",
            etag);
    assertProblem(stale, 412, "precondition-failed", null);
    assertEquals("Second", api.get("v1/admin/advice/" + slug, editor).json().getString("title"));

    assertProblem(
        api.put("v1/admin/advice/" + slug, draft(slug, "Fourth").toString(), editor),
        428,
        "precondition-required",
        null);
  }

  @Test
  void validationProblemsNameEachField() {
    String[] editor = api.bearer("editor", PASSWORD);
    Reply reply =
        api.post(
            "v1/admin/advice",
            "{\"title\":\"\",\"summary\":\""
                + "x".repeat(301)
                + "\",\"body\":\"<p>b</p>\",\"slug\":\"Bad Slug\"}",
            editor);
    assertProblem(reply, 400, "validation", null);
    List<String> fields =
        reply.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertEquals(List.of("slug", "summary", "title"), fields);

    JsonObject unknownTopic =
        Json.createObjectBuilder(draft("t-" + unique(), "Topic"))
            .add("topics", Json.createArrayBuilder().add("burglary").add("nonsense"))
            .build();
    assertProblem(
        api.post("v1/admin/advice", unknownTopic.toString(), editor),
        400,
        "validation",
        "topics[1]");
  }

  @Test
  void aTakenSlugIsAConflictButATitleSlugGetsASuffix() {
    String[] editor = api.bearer("editor", PASSWORD);
    String slug = "taken-" + unique();
    assertEquals(
        201, api.post("v1/admin/advice", draft(slug, "Taken").toString(), editor).status());
    assertProblem(
        api.post("v1/admin/advice", draft(slug, "Taken").toString(), editor),
        409,
        "conflict",
        "slug");

    String title = "Title only " + unique();
    JsonObject noSlug = Json.createObjectBuilder(draft(null, title)).build();
    String first = api.post("v1/admin/advice", noSlug.toString(), editor).json().getString("slug");
    String second = api.post("v1/admin/advice", noSlug.toString(), editor).json().getString("slug");
    assertEquals(first + "-2", second);
  }

  // ---- editorial workflow, scheduling, revisions ----------------------------------------------

  @Test
  void eachWorkflowMoveIsAllowedOrRefusedByRole() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "workflow-" + unique();
    api.post("v1/admin/advice", draft(slug, "Workflow").toString(), editor);
    String path = "v1/admin/advice/" + slug;

    assertEquals("in-review", state(api.post(path + "/submit", "", editor)));
    for (String move : List.of("publish", "schedule", "archive", "return-to-draft", "unpublish")) {
      assertProblem(api.post(path + "/" + move, "{}", editor), 403, "forbidden", null);
    }
    assertEquals("draft", state(api.post(path + "/return-to-draft", "", publisher)));
    assertProblem(api.post(path + "/unpublish", "", publisher), 409, "conflict", null);
    assertEquals("in-review", state(api.post(path + "/submit", "", editor)));
    assertEquals("published", state(api.post(path + "/publish", "", publisher)));
    assertProblem(api.post(path + "/submit", "", editor), 409, "conflict", null);
    assertEquals("archived", state(api.post(path + "/archive", "", publisher)));
    assertProblem(api.get("v1/advice/" + slug), 404, "not-found", null);
    assertProblem(api.post(path + "/publish", "", publisher), 409, "conflict", null);
    assertEquals("draft", state(api.post(path + "/return-to-draft", "", publisher)));

    String[] admin = api.bearer("admin", PASSWORD);
    List<String> actions =
        api.get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin).items().stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("action") + ": " + e.getString("detail", ""))
            .toList();
    assertEquals(
        List.of(
            "advice.return-to-draft: archived -> draft",
            "advice.archive: published -> archived",
            "advice.publish: in-review -> published",
            "advice.submit: draft -> in-review",
            "advice.return-to-draft: in-review -> draft",
            "advice.submit: draft -> in-review",
            "advice.create: title: Workflow"),
        actions);
  }

  @Test
  void scheduledPublicationAndEndHappenOnceAtTheirTimes() throws Exception {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "scheduled-" + unique();
    api.post("v1/admin/advice", draft(slug, "Scheduled").toString(), editor);
    java.time.Instant now = java.time.Instant.now();
    String schedule =
        Json.createObjectBuilder()
            .add("publishAt", now.plusSeconds(3).toString())
            .add("unpublishAt", now.plusSeconds(8).toString())
            .build()
            .toString();
    Reply scheduled = api.post("v1/admin/advice/" + slug + "/schedule", schedule, publisher);
    assertEquals(200, scheduled.status(), scheduled.toString());
    assertEquals("scheduled", scheduled.json().getString("state"));
    if (java.time.Instant.now().isBefore(now.plusSeconds(2))) { // a loaded machine may be late
      assertProblem(api.get("v1/advice/" + slug), 404, "not-found", null);
    }

    awaitPublicStatus(slug, 200, 30);
    awaitPublicStatus(slug, 404, 30);
    assertEquals("archived", api.get("v1/admin/advice/" + slug, editor).json().getString("state"));

    Thread.sleep(2_500); // further scheduler ticks must not move it again
    String[] admin = api.bearer("admin", PASSWORD);
    List<String> byScheduler =
        api.get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin).items().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("actor").equals("scheduler"))
            .map(e -> e.getString("action"))
            .toList();
    assertEquals(List.of("advice.archive", "advice.publish"), byScheduler);
  }

  @Test
  void schedulesInThePastOrEndingBeforeTheyStartAreRefused() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "bad-schedule-" + unique();
    api.post("v1/admin/advice", draft(slug, "Bad schedule").toString(), editor);
    java.time.Instant now = java.time.Instant.now();
    String path = "v1/admin/advice/" + slug + "/schedule";
    assertProblem(
        api.post(path, "{\"publishAt\":\"" + now.minusSeconds(60) + "\"}", publisher),
        409,
        "conflict",
        null);
    assertProblem(
        api.post(
            path,
            "{\"publishAt\":\""
                + now.plusSeconds(600)
                + "\",\"unpublishAt\":\""
                + now.plusSeconds(60)
                + "\"}",
            publisher),
        409,
        "conflict",
        null);
    assertProblem(api.post(path, "{}", publisher), 400, "validation", "publishAt");
    assertProblem(
        api.post(path, "{\"publishAt\":\"tomorrow\"}", publisher), 400, "malformed-request", null);
  }

  @Test
  void everySaveKeepsARevisionAndAnOldOneCanBeRestored() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "revised-" + unique();
    String path = "v1/admin/advice/" + slug;
    Reply created = api.post("v1/admin/advice", draft(slug, "First title").toString(), editor);
    Reply second =
        api.put(
            path,
            draft(slug, "Second title").toString(),
            editor[0],
            editor[1],
            "If-Match",
            created.header("ETag").orElseThrow());
    Reply third =
        api.put(
            path,
            draft(slug, "Third title").toString(),
            publisher[0],
            publisher[1],
            "If-Match",
            second.header("ETag").orElseThrow());
    assertEquals(200, third.status(), third.toString());

    Reply history = api.get(path + "/revisions", editor);
    assertEquals(200, history.status());
    List<Integer> numbers =
        history.items().stream().map(v -> v.asJsonObject().getInt("number")).toList();
    assertEquals(List.of(3, 2, 1), numbers);
    assertEquals("publisher", history.items().getJsonObject(0).getString("author"));
    assertEquals("editor", history.items().getJsonObject(2).getString("author"));

    Reply first = api.get(path + "/revisions/1", editor);
    assertEquals("First title", first.json().getJsonObject("content").getString("title"));
    assertEquals(
        "burglary", first.json().getJsonObject("content").getJsonArray("topics").getString(0));

    assertProblem(
        api.post(path + "/revisions/1/restore", "", editor), 428, "precondition-required", null);
    Reply restored =
        api.post(
            path + "/revisions/1/restore",
            "",
            editor[0],
            editor[1],
            "If-Match",
            third.header("ETag").orElseThrow());
    assertEquals(200, restored.status(), restored.toString());
    assertEquals("First title", restored.json().getString("title"));
    Reply after = api.get(path + "/revisions", editor);
    assertEquals(4, after.items().size());
    assertEquals("restored revision 1", after.items().getJsonObject(0).getString("note"));
    assertProblem(api.get(path + "/revisions/99", editor), 404, "not-found", null);

    JsonObject comparison = api.get(path + "/revisions/1/compare/3", editor).json();
    JsonObject title = comparison.getJsonArray("fields").getJsonObject(0);
    assertEquals("title", title.getString("field"));
    assertTrue(title.getBoolean("changed"));
    assertEquals(
        "[{\"kind\":\"REMOVED\",\"text\":\"First\"},{\"kind\":\"ADDED\",\"text\":\"Third\"},"
            + "{\"kind\":\"SAME\",\"text\":\" title\"}]",
        title.getJsonArray("changes").toString());
    assertFalse(
        comparison.getJsonArray("fields").getJsonObject(2).getBoolean("changed"), "body unchanged");
  }

  @Test
  void publishingChecksBlockWhatMustBeFixedFirst() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "checked-" + unique();
    String path = "v1/admin/advice/" + slug;
    JsonObject flawed =
        Json.createObjectBuilder(
                draft(
                    slug, "A title that is far too long to show in full in any search result page"))
            .add(
                "body",
                "<h2>Lock up</h2><h4>Windows</h4><p>See <a href=\"https://www.gov.uk\"> </a>.</p>")
            .build();
    Reply created = api.post("v1/admin/advice", flawed.toString(), editor);
    assertEquals(201, created.status(), created.toString());

    Reply refused = api.post(path + "/publish", "", publisher);
    assertProblem(refused, 422, "publishing-checks", "title");
    List<String> messages =
        refused.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("message"))
            .toList();
    assertTrue(messages.stream().anyMatch(m -> m.contains("skips a level")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("link text")), messages.toString());
    String later = java.time.Instant.now().plusSeconds(3600).toString();
    assertProblem(
        api.post(path + "/schedule", "{\"publishAt\":\"" + later + "\"}", publisher),
        422,
        "publishing-checks",
        "body");
    assertEquals(3, api.get(path + "/checks", editor).json().getInt("total"));
    assertEquals("draft", api.get(path, editor).json().getString("state"));

    Reply fixed =
        api.put(
            path,
            draft(slug, "Short title").toString(),
            editor[0],
            editor[1],
            "If-Match",
            created.header("ETag").orElseThrow());
    assertEquals(200, fixed.status(), fixed.toString());
    assertEquals(0, api.get(path + "/checks", editor).json().getInt("total"));
    assertEquals("published", state(api.post(path + "/publish", "", publisher)));
  }

  private static String state(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getString("state");
  }

  private void awaitPublicStatus(String slug, int status, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int last = -1;
    while (System.nanoTime() < deadline) {
      last = api.get("v1/advice/" + slug).status();
      if (last == status) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("advice " + slug + " still answers " + last + ", expected " + status);
  }

  // ---- hostile input ------------------------------------------------------------------------

  @Test
  void scriptsAndEventHandlersAreStrippedFromTheBody() {
    String[] editor = api.bearer("editor", PASSWORD);
    String slug = "hostile-" + unique();
    JsonObject hostile =
        Json.createObjectBuilder(draft(slug, "Hostile"))
            .add(
                "body",
                "<p onmouseover=\"steal()\">Safe text</p><script>alert(document.cookie)</script>"
                    + "<a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)>")
            .build();
    Reply created = api.post("v1/admin/advice", hostile.toString(), editor);
    assertEquals(201, created.status(), created.toString());
    String body = api.get("v1/admin/advice/" + slug, editor).json().getString("body");
    assertTrue(body.contains("Safe text"));
    for (String bad : List.of("<script", "onmouseover", "javascript:", "onerror", "<img")) {
      assertFalse(body.contains(bad), bad + " survived: " + body);
    }

    JsonObject onlyScript =
        Json.createObjectBuilder(draft("script-" + unique(), "Only script"))
            .add("body", "<script>alert(1)</script>")
            .build();
    assertProblem(
        api.post("v1/admin/advice", onlyScript.toString(), editor), 400, "validation", "body");
  }

  @Test
  void oversizedPayloadsAreRefused() {
    String[] editor = api.bearer("editor", PASSWORD);
    JsonObject huge =
        Json.createObjectBuilder(draft("huge-" + unique(), "Huge"))
            .add("body", "<p>" + "a".repeat(600_000) + "</p>")
            .build();
    assertProblem(
        api.post("v1/admin/advice", huge.toString(), editor), 413, "payload-too-large", null);
  }

  @Test
  void malformedJsonAndWrongMediaTypesGetClearProblems() {
    String[] editor = api.bearer("editor", PASSWORD);
    assertProblem(
        api.post("v1/admin/advice", "{\"title\": ", editor), 400, "malformed-request", null);
    assertProblem(api.post("v1/admin/advice", "[1,2,3]", editor), 400, "malformed-request", null);
    assertProblem(api.post("v1/auth/token", "not json"), 400, "malformed-request", null);
    assertProblem(api.post("v1/auth/token", ""), 400, null, null);
    Reply xml =
        api.send(
            api.request("v1/admin/advice", editor)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<advice/>")));
    assertProblem(xml, 415, "unsupported-media-type", null);
    assertProblem(api.get("v1/no-such-thing"), 404, "not-found", null);
    assertProblem(api.send(api.request("v1/advice").DELETE()), 405, "method-not-allowed", null);
  }

  @Test
  void signingOutEndsTheToken() {
    String[] editor = api.bearer("editor", PASSWORD);
    assertEquals(200, api.get("v1/admin/advice", editor).status());
    assertEquals(204, api.delete("v1/auth/token", editor).status());
    assertProblem(api.get("v1/admin/advice", editor), 401, "unauthenticated", null);
  }

  @Test
  void staffListsShowDraftsAndFilterByState() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String word = "zq" + unique().replaceAll("[^a-z]", "x");
    String draftSlug = "listed-draft-" + unique();
    String publishedSlug = "listed-published-" + unique();
    api.post("v1/admin/advice", draft(draftSlug, "Listed draft " + word).toString(), editor);
    api.post(
        "v1/admin/advice", draft(publishedSlug, "Listed published " + word).toString(), editor);
    api.post("v1/admin/advice/" + publishedSlug + "/publish", "", publisher);

    Reply drafts = api.get("v1/admin/advice?state=draft&q=" + word, editor);
    assertEquals(200, drafts.status());
    assertEquals(List.of(draftSlug), drafts.slugs());
    assertEquals("draft", drafts.items().getJsonObject(0).getString("state"));
    assertEquals(
        List.of(publishedSlug),
        api.get("v1/admin/advice?state=published&q=" + word, editor).slugs());
    assertEquals(2, api.get("v1/admin/advice?q=" + word, editor).json().getInt("total"));
    assertTrue(drafts.header("Cache-Control").orElseThrow().contains("private"));
    assertProblem(api.get("v1/admin/advice?state=gone", editor), 400, "invalid-parameter", "state");
  }

  // ---- campaigns, static pages, We Don't Buy Crime, site search ---------------------------

  @Test
  void campaignsCarryTheirOwnFieldsThroughTheSharedWorkflow() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "bike-marking-week-" + unique();
    JsonObject campaign =
        campaign(slug, "Bike marking week")
            .add("heroImage", "/api/v1/media/0123456789abcdef0123456789abcdef/bikes.png")
            .add("heroAlt", "Officer marking a bike frame")
            .add("callToActionLabel", "Book a marking session")
            .add("callToActionUrl", "https://example.org/book")
            .add("startsOn", "2026-12-01")
            .add("endsOn", "2026-12-07")
            .build();

    Reply created = api.post("v1/admin/campaigns", campaign.toString(), editor);
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.header("Location").orElseThrow().endsWith("/v1/admin/campaigns/" + slug));
    assertEquals("campaign", created.json().getString("type"));
    assertEquals("draft", created.json().getString("state"));
    assertProblem(api.get("v1/campaigns/" + slug), 404, "not-found", null);
    assertProblem(
        api.post("v1/admin/campaigns/" + slug + "/publish", "", editor), 403, "forbidden", null);

    assertEquals(200, api.post("v1/admin/campaigns/" + slug + "/publish", "", publisher).status());
    Reply read = api.get("v1/campaigns/" + slug);
    assertEquals(200, read.status(), read.toString());
    JsonObject details = read.json().getJsonObject("campaign");
    assertEquals(
        "/api/v1/media/0123456789abcdef0123456789abcdef/bikes.png", details.getString("heroImage"));
    assertEquals("Officer marking a bike frame", details.getString("heroAlt"));
    assertEquals("Book a marking session", details.getString("callToActionLabel"));
    assertEquals("https://example.org/book", details.getString("callToActionUrl"));
    assertEquals("2026-12-01", details.getString("startsOn"));
    assertEquals("2026-12-07", details.getString("endsOn"));
    assertFalse(read.json().containsKey("state"), "the public never sees the state");
    assertTrue(api.get("v1/campaigns?size=50&sort=-published").slugs().contains(slug));
    assertFalse(api.get("v1/advice?size=50&sort=-published").slugs().contains(slug));
    assertProblem(api.get("v1/advice/" + slug), 404, "not-found", null);

    String[] admin = api.bearer("admin", PASSWORD);
    List<String> actions =
        api.get("v1/admin/audit?subjectType=campaign&subjectRef=" + slug, admin).items().stream()
            .map(v -> v.asJsonObject().getString("action"))
            .toList();
    assertEquals(List.of("campaign.publish", "campaign.create"), actions);
  }

  @Test
  void campaignFieldsAreCheckedTogetherAndEveryProblemNamed() {
    String[] editor = api.bearer("editor", PASSWORD);
    JsonObject bad =
        campaign(null, "Checked campaign " + unique())
            .add("heroImage", "https://elsewhere.example/tracker.png")
            .add("callToActionLabel", "Click me")
            .add("callToActionUrl", "javascript:alert(1)")
            .add("startsOn", "2026-12-10")
            .add("endsOn", "2026-12-01")
            .build();
    Reply refused = api.post("v1/admin/campaigns", bad.toString(), editor);
    assertProblem(refused, 400, "validation", "heroImage");
    assertProblem(refused, 400, "validation", "heroAlt");
    assertProblem(refused, 400, "validation", "callToActionUrl");
    assertProblem(refused, 400, "validation", "endsOn");

    assertProblem(
        api.post(
            "v1/admin/advice",
            campaign(null, "Advice with a button " + unique())
                .add("callToActionLabel", "Go")
                .add("callToActionUrl", "/advice")
                .build()
                .toString(),
            editor),
        400,
        "validation",
        "heroImage");

    JsonObject labelOnly =
        campaign(null, "Label only " + unique()).add("callToActionLabel", "Go").build();
    assertProblem(
        api.post("v1/admin/campaigns", labelOnly.toString(), editor),
        400,
        "validation",
        "callToActionUrl");
    assertProblem(
        api.post(
            "v1/admin/campaigns",
            campaign(null, "Bad date").add("startsOn", "first of May").build().toString(),
            editor),
        400,
        null,
        null);
  }

  @Test
  void campaignRevisionsCompareAndRestoreTheCampaignsOwnFields() {
    String[] editor = api.bearer("editor", PASSWORD);
    String slug = "revised-campaign-" + unique();
    Reply created =
        api.post(
            "v1/admin/campaigns",
            campaign(slug, "Revised campaign")
                .add("callToActionLabel", "First words")
                .add("callToActionUrl", "/advice")
                .build()
                .toString(),
            editor);
    assertEquals(201, created.status(), created.toString());
    Reply changed =
        api.put(
            "v1/admin/campaigns/" + slug,
            campaign(slug, "Revised campaign")
                .add("callToActionLabel", "Second words")
                .add("callToActionUrl", "/advice")
                .build()
                .toString(),
            ifMatch(editor, created.header("ETag").orElseThrow()));
    assertEquals(200, changed.status(), changed.toString());

    Reply compared = api.get("v1/admin/campaigns/" + slug + "/revisions/1/compare/2", editor);
    assertEquals(200, compared.status(), compared.toString());
    JsonObject label =
        compared.json().getJsonArray("fields").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("field").equals("callToActionLabel"))
            .findFirst()
            .orElseThrow();
    assertTrue(label.getBoolean("changed"), label.toString());

    Reply restored =
        api.post(
            "v1/admin/campaigns/" + slug + "/revisions/1/restore",
            "",
            ifMatch(editor, changed.header("ETag").orElseThrow()));
    assertEquals(200, restored.status(), restored.toString());
    assertEquals(
        "First words", restored.json().getJsonObject("campaign").getString("callToActionLabel"));
    assertEquals(3, api.get("v1/admin/campaigns/" + slug + "/revisions", editor).items().size());
  }

  @Test
  void aScheduledCampaignAppearsOnItsOwn() throws Exception {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "scheduled-campaign-" + unique();
    api.post("v1/admin/campaigns", campaign(slug, "Scheduled campaign").build().toString(), editor);
    java.time.Instant publishAt = java.time.Instant.now().plusSeconds(3);
    String schedule =
        Json.createObjectBuilder().add("publishAt", publishAt.toString()).build().toString();
    Reply scheduled = api.post("v1/admin/campaigns/" + slug + "/schedule", schedule, publisher);
    assertEquals(200, scheduled.status(), scheduled.toString());
    if (java.time.Instant.now().isBefore(publishAt.minusSeconds(1))) {
      assertProblem(api.get("v1/campaigns/" + slug), 404, "not-found", null);
    }
    for (int i = 0; i < 60 && api.get("v1/campaigns/" + slug).status() != 200; i++) {
      Thread.sleep(500);
    }
    assertEquals(200, api.get("v1/campaigns/" + slug).status());
    String[] admin = api.bearer("admin", PASSWORD);
    assertEquals(
        List.of("campaign.publish"),
        api.get("v1/admin/audit?subjectType=campaign&subjectRef=" + slug, admin).items().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("actor").equals("scheduler"))
            .map(e -> e.getString("action"))
            .toList());
  }

  @Test
  void whatFellDueWhileNoInstanceWasRunningIsPublishedOnceOnTheNextTick() throws Exception {
    // After a restart the scheduler finds items whose time passed while it was down. The same
    // state is made here directly in the database (the API refuses a time in the past).
    String[] editor = api.bearer("editor", PASSWORD);
    String slug = "fell-due-" + unique();
    api.post("v1/admin/pages", draft(slug, "Fell due").toString(), editor);
    String url = System.getProperty("it.db.url");
    try (var connection =
            java.sql.DriverManager.getConnection(
                url,
                System.getProperty("it.db.user", "root"),
                System.getProperty("it.db.password", ""));
        var update =
            connection.prepareStatement(
                "update content set state = 'SCHEDULED', publish_at = ?, unpublish_at = ?"
                    + " where content_type = 'page' and slug = ?")) {
      java.time.Instant now = java.time.Instant.now();
      update.setObject(
          1, java.time.LocalDateTime.ofInstant(now.minusSeconds(3600), java.time.ZoneOffset.UTC));
      update.setObject(
          2, java.time.LocalDateTime.ofInstant(now.plusSeconds(3600), java.time.ZoneOffset.UTC));
      update.setString(3, slug);
      assertEquals(1, update.executeUpdate());
    }
    for (int i = 0; i < 60 && api.get("v1/pages/" + slug).status() != 200; i++) {
      Thread.sleep(500);
    }
    assertEquals(200, api.get("v1/pages/" + slug).status());
    Thread.sleep(2_500); // later ticks must not move it again
    String[] admin = api.bearer("admin", PASSWORD);
    assertEquals(
        List.of("page.publish"),
        api.get("v1/admin/audit?subjectType=page&subjectRef=" + slug, admin).items().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("actor").equals("scheduler"))
            .map(e -> e.getString("action"))
            .toList());
  }

  @Test
  void staticPagesAreSeededAndSlugsAreUniqueWithinATypeOnly() {
    for (String slug : List.of("accessibility-statement", "privacy-notice", "about")) {
      Reply page = api.get("v1/pages/" + slug);
      assertEquals(200, page.status(), slug + ": " + page);
      assertEquals("page", page.json().getString("type"));
      assertFalse(page.json().getString("body").isBlank());
    }
    String[] editor = api.bearer("editor", PASSWORD);
    String slug = "shared-slug-" + unique();
    assertEquals(
        201, api.post("v1/admin/advice", draft(slug, "As advice").toString(), editor).status());
    assertEquals(
        201, api.post("v1/admin/pages", draft(slug, "As a page").toString(), editor).status());
    assertProblem(
        api.post("v1/admin/pages", draft(slug, "Again").toString(), editor),
        409,
        "conflict",
        "slug");
    assertEquals("As a page", api.get("v1/admin/pages/" + slug, editor).json().getString("title"));
    assertEquals("As advice", api.get("v1/admin/advice/" + slug, editor).json().getString("title"));
  }

  @Test
  void previewLinksShowADraftToTheirMakerOnlyUntilTheyExpire() throws Exception {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "previewed-campaign-" + unique();
    api.post(
        "v1/admin/campaigns",
        campaign(slug, "Previewed campaign")
            .add("callToActionLabel", "Join in")
            .add("callToActionUrl", "/advice")
            .build()
            .toString(),
        editor);
    Reply made = api.post("v1/admin/campaigns/" + slug + "/preview", "", editor);
    assertEquals(201, made.status(), made.toString());
    String token = made.json().getString("token");
    assertTrue(token.length() >= 43, token);
    assertTrue(made.header("Cache-Control").orElseThrow().contains("no-store"));

    Reply shown = api.get("v1/admin/preview/" + token, editor);
    assertEquals(200, shown.status(), shown.toString());
    assertEquals("campaign", shown.json().getString("type"));
    assertEquals("Previewed campaign", shown.json().getString("title"));
    assertEquals("Join in", shown.json().getJsonObject("campaign").getString("callToActionLabel"));
    assertFalse(shown.json().containsKey("state"), "exactly what the public read shows");
    assertProblem(api.get("v1/campaigns/" + slug), 404, "not-found", null);

    assertProblem(api.get("v1/admin/preview/" + token, publisher), 403, "forbidden", null);
    assertProblem(api.get("v1/admin/preview/" + token), 401, "unauthenticated", null);
    assertProblem(
        api.get("v1/admin/preview/" + unique() + unique(), editor), 404, "not-found", null);

    Thread.sleep(4_500); // the test deployment's links last 4 seconds
    assertProblem(api.get("v1/admin/preview/" + token, editor), 410, "gone", null);
    String[] admin = api.bearer("admin", PASSWORD);
    assertTrue(
        api.get("v1/admin/audit?subjectType=campaign&subjectRef=" + slug, admin).items().stream()
            .anyMatch(e -> e.asJsonObject().getString("action").equals("campaign.preview")));
  }

  @Test
  void sensitiveAdviceCarriesItsContentNoteAndThePageGetsTheQuickExit() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "sensitive-" + unique();
    String note = "This page talks about coercive control.";
    JsonObject sensitive =
        Json.createObjectBuilder(draft(slug, "Controlling behaviour"))
            .add("topics", Json.createArrayBuilder().add("domestic-abuse"))
            .add("contentNote", "  " + note + "  ")
            .build();
    assertProblem(
        api.post(
            "v1/admin/advice",
            Json.createObjectBuilder(sensitive)
                .add("contentNote", "x".repeat(401))
                .build()
                .toString(),
            editor),
        400,
        "validation",
        "contentNote");
    Reply created = api.post("v1/admin/advice", sensitive.toString(), editor);
    assertEquals(201, created.status(), created.toString());
    api.post("v1/admin/advice/" + slug + "/publish", "", publisher);

    JsonObject page = api.get("v1/advice/" + slug).json();
    assertEquals(note, page.getString("contentNote"));
    assertTrue(page.getBoolean("quickExit"));
    assertTrue(page.getJsonArray("topics").getJsonObject(0).getBoolean("sensitive"));

    String plain = "not-sensitive-" + unique();
    api.post("v1/admin/advice", draft(plain, "Shed locks").toString(), editor);
    api.post("v1/admin/advice/" + plain + "/publish", "", publisher);
    JsonObject ordinary = api.get("v1/advice/" + plain).json();
    assertFalse(ordinary.getBoolean("quickExit"));
    assertFalse(ordinary.containsKey("contentNote"));

    // the note is content: kept in revisions and compared like the other fields
    Reply current = api.get("v1/admin/advice/" + slug, editor);
    api.put(
        "v1/admin/advice/" + slug,
        Json.createObjectBuilder(sensitive)
            .add("contentNote", "Talks about abuse.")
            .build()
            .toString(),
        ifMatch(editor, current.header("ETag").orElseThrow()));
    JsonObject noteChange =
        api
            .get("v1/admin/advice/" + slug + "/revisions/1/compare/2", editor)
            .json()
            .getJsonArray("fields")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("field").equals("contentNote"))
            .findFirst()
            .orElseThrow();
    assertTrue(noteChange.getBoolean("changed"), noteChange.toString());
  }

  @Test
  void anEditorSendsChangesToAPublishedItemForReviewAndAPublisherReturnsOrPublishesThem() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "changes-review-" + unique();
    String path = "v1/admin/advice/" + slug;
    api.post("v1/admin/advice", draft(slug, "Live words").toString(), editor);
    Reply published = api.post(path + "/publish", "", publisher);
    assertProblem(api.post(path + "/submit", "", editor), 409, "conflict", null); // no changes

    api.put(
        path,
        draft(slug, "Proposed words").toString(),
        ifMatch(editor, published.header("ETag").orElseThrow()));
    Reply sent = api.post(path + "/submit", "", editor);
    assertEquals(200, sent.status(), sent.toString());
    assertEquals("published", state(sent));
    JsonObject changes = sent.json().getJsonObject("workingDraft");
    assertTrue(changes.getBoolean("inReview"));
    assertEquals("editor", changes.getString("submittedBy"));
    assertTrue(changes.containsKey("submittedAt"));
    assertEquals("Live words", api.get("v1/advice/" + slug).json().getString("title"));
    assertTrue(
        api.get("v1/admin/advice?state=in-review&size=50&sort=-updated", publisher)
            .slugs()
            .contains(slug),
        "changes in review are listed as in review");
    JsonObject listed =
        api.get("v1/admin/advice?state=in-review&size=50&sort=-updated", publisher).items().stream()
            .map(JsonValue::asJsonObject)
            .filter(item -> item.getString("slug").equals(slug))
            .findFirst()
            .orElseThrow()
            .getJsonObject("workingDraft");
    assertTrue(listed.getBoolean("inReview"));
    assertFalse(listed.containsKey("body"), "lists leave out bodies, the working draft's too");
    assertFalse(
        api.get("v1/admin/advice?state=draft&size=50&sort=-updated", publisher)
            .slugs()
            .contains(slug));
    assertProblem(api.post(path + "/submit", "", editor), 409, "conflict", null); // already sent
    assertProblem(api.post(path + "/return-to-draft", "", editor), 403, "forbidden", null);

    Reply returned = api.post(path + "/return-to-draft", "", publisher);
    assertEquals(200, returned.status(), returned.toString());
    assertEquals("published", state(returned));
    assertFalse(returned.json().getJsonObject("workingDraft").getBoolean("inReview"));
    assertEquals(
        "Proposed words", returned.json().getJsonObject("workingDraft").getString("title"));
    assertFalse(
        api.get("v1/admin/advice?state=in-review&size=50&sort=-updated", publisher)
            .slugs()
            .contains(slug));

    assertEquals(200, api.post(path + "/submit", "", editor).status());
    Reply approved = api.post(path + "/publish", "", publisher);
    assertEquals("published", state(approved));
    assertFalse(approved.json().containsKey("workingDraft"));
    assertEquals("Proposed words", api.get("v1/advice/" + slug).json().getString("title"));
    assertFalse(
        api.get("v1/admin/advice?state=in-review&size=50&sort=-updated", publisher)
            .slugs()
            .contains(slug));

    String[] admin = api.bearer("admin", PASSWORD);
    List<String> trail =
        api.get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin).items().stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("action") + ": " + e.getString("detail", ""))
            .toList();
    assertEquals(
        List.of(
            "advice.publish: changes published",
            "advice.submit: changes sent for review",
            "advice.return-to-draft: changes returned to their editor",
            "advice.submit: changes sent for review"),
        trail.subList(0, 4));
  }

  @Test
  void aPublishedItemIsEditedAsAWorkingDraftThePublicSeesOnlyOncePublished() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String slug = "working-draft-" + unique();
    String path = "v1/admin/advice/" + slug;
    api.post("v1/admin/advice", draft(slug, "Live words").toString(), editor);
    Reply published = api.post(path + "/publish", "", publisher);
    assertEquals("published", state(published));

    Reply edited =
        api.put(
            path,
            draft(slug, "Better words").toString(),
            ifMatch(editor, published.header("ETag").orElseThrow()));
    assertEquals(200, edited.status(), edited.toString());
    assertEquals("published", edited.json().getString("state"));
    assertEquals("Live words", edited.json().getString("title"));
    assertEquals("Better words", edited.json().getJsonObject("workingDraft").getString("title"));
    assertEquals("editor", edited.json().getJsonObject("workingDraft").getString("savedBy"));
    assertEquals("Live words", api.get("v1/advice/" + slug).json().getString("title"));
    assertFalse(api.get("v1/advice/" + slug).json().containsKey("workingDraft"));
    String[] admin = api.bearer("admin", PASSWORD);
    String detail =
        api.get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin)
            .items()
            .getJsonObject(0)
            .getString("detail");
    assertTrue(detail.contains("working draft, revision 1 -> 2"), detail);

    String token = api.post(path + "/preview", "", editor).json().getString("token");
    assertEquals(
        "Better words", api.get("v1/admin/preview/" + token, editor).json().getString("title"));
    assertProblem(api.post(path + "/publish", "", editor), 403, "forbidden", null);

    Reply republished = api.post(path + "/publish", "", publisher);
    assertEquals("published", state(republished));
    assertFalse(republished.json().containsKey("workingDraft"), republished.toString());
    assertEquals("Better words", api.get("v1/advice/" + slug).json().getString("title"));
    assertProblem(api.post(path + "/publish", "", publisher), 409, "conflict", null);

    Reply again =
        api.put(
            path,
            draft(slug, "Words nobody wanted").toString(),
            ifMatch(editor, republished.header("ETag").orElseThrow()));
    Reply discarded =
        api.post(path + "/discard-draft", "", ifMatch(editor, again.header("ETag").orElseThrow()));
    assertEquals(200, discarded.status(), discarded.toString());
    assertFalse(discarded.json().containsKey("workingDraft"));
    assertEquals("Better words", api.get("v1/advice/" + slug).json().getString("title"));
    assertProblem(api.post(path + "/discard-draft", "", editor), 409, "conflict", null);

    List<String> notes =
        api.get(path + "/revisions", editor).items().stream()
            .map(v -> v.asJsonObject().getString("note"))
            .toList();
    assertEquals(
        List.of(
            "unpublished changes discarded",
            "edited (not yet published)",
            "changes published",
            "edited (not yet published)",
            "created"),
        notes);
  }

  @Test
  void theDemoSeedsTheWeDontBuyCrimeHubWithTownsAndRetailersByArea() {
    Reply hub = api.get("v1/campaigns/we-dont-buy-crime");
    assertEquals(200, hub.status(), hub.toString());
    assertTrue(hub.json().getString("body").contains("Mark your property"));
    assertTrue(hub.json().getJsonObject("campaign").containsKey("callToActionLabel"));
    assertTrue(api.get("v1/campaigns").json().getInt("total") >= 2, "a second campaign");

    Reply towns = api.get("v1/wdbc/towns");
    assertEquals(200, towns.status(), towns.toString());
    assertTrue(towns.items().size() >= 8, towns.toString());
    assertTrue(towns.header("ETag").isPresent());
    JsonObject ludlow =
        towns.items().stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("name").equals("Ludlow"))
            .findFirst()
            .orElseThrow();
    assertEquals("shropshire", ludlow.getJsonObject("area").getString("slug"));
    assertEquals("accredited", ludlow.getString("status"));
    assertTrue(ludlow.containsKey("accreditedOn"));
    assertTrue(
        api.get("v1/wdbc/towns?area=shropshire").items().stream()
            .allMatch(
                t ->
                    t.asJsonObject().getJsonObject("area").getString("slug").equals("shropshire")));
    Reply retailers = api.get("v1/wdbc/retailers?area=herefordshire");
    assertEquals(200, retailers.status());
    assertFalse(retailers.items().isEmpty());
    assertEquals(
        "Ledbury", retailers.items().getJsonObject(0).getJsonObject("town").getString("name"));
    assertProblem(api.get("v1/wdbc/towns?area=atlantis"), 400, "invalid-parameter", "area");
  }

  @Test
  void staffKeepTheWeDontBuyCrimeRegisterWithLockingAndAudit() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String name = "Testbury " + unique();
    assertProblem(
        api.post("v1/admin/wdbc/towns", town(name, "accredited", null), editor),
        400,
        "validation",
        "accreditedOn");
    assertProblem(
        api.post("v1/admin/wdbc/towns", town(name, "sort-of", null), editor),
        400,
        "validation",
        "status");
    assertProblem(api.post("v1/wdbc/towns", town(name, "working-towards", null)), 405, null, null);

    Reply added = api.post("v1/admin/wdbc/towns", town(name, "working-towards", null), editor);
    assertEquals(201, added.status(), added.toString());
    long id = added.json().getJsonNumber("id").longValue();
    assertProblem(
        api.post("v1/admin/wdbc/towns", town(name, "working-towards", null), editor),
        409,
        "conflict",
        "name");

    Reply accredited =
        api.put(
            "v1/admin/wdbc/towns/" + id,
            town(name, "accredited", "2026-11-20"),
            ifMatch(editor, added.header("ETag").orElseThrow()));
    assertEquals(200, accredited.status(), accredited.toString());
    assertEquals("2026-11-20", accredited.json().getString("accreditedOn"));
    assertProblem(
        api.put(
            "v1/admin/wdbc/towns/" + id,
            town(name, "working-towards", null),
            ifMatch(editor, added.header("ETag").orElseThrow())),
        412,
        "precondition-failed",
        null);

    String retailer =
        Json.createObjectBuilder()
            .add("name", "Testbury Traders")
            .add("town", id)
            .add("website", "https://testbury.example")
            .build()
            .toString();
    Reply shop = api.post("v1/admin/wdbc/retailers", retailer, editor);
    assertEquals(201, shop.status(), shop.toString());
    assertTrue(
        api.get("v1/wdbc/retailers").items().stream()
            .anyMatch(r -> r.asJsonObject().getString("name").equals("Testbury Traders")));
    Reply moved =
        api.put(
            "v1/admin/wdbc/retailers/" + shop.json().getJsonNumber("id").longValue(),
            Json.createObjectBuilder()
                .add("name", "Testbury Traders Ltd")
                .add("town", id)
                .add("address", "High Street")
                .build()
                .toString(),
            ifMatch(editor, shop.header("ETag").orElseThrow()));
    assertEquals(200, moved.status(), moved.toString());
    assertEquals("Testbury Traders Ltd", moved.json().getString("name"));
    assertFalse(moved.json().containsKey("website"), "a website left out is removed");
    assertProblem(
        api.put(
            "v1/admin/wdbc/retailers/" + shop.json().getJsonNumber("id").longValue(),
            retailer,
            ifMatch(editor, shop.header("ETag").orElseThrow())),
        412,
        "precondition-failed",
        null);
    assertProblem(api.delete("v1/admin/wdbc/towns/" + id, editor), 403, "forbidden", null);
    assertProblem(api.delete("v1/admin/wdbc/towns/" + id, publisher), 409, "conflict", null);
    long shopId = shop.json().getJsonNumber("id").longValue();
    assertEquals(204, api.delete("v1/admin/wdbc/retailers/" + shopId, publisher).status());
    assertEquals(204, api.delete("v1/admin/wdbc/towns/" + id, publisher).status());
    assertFalse(
        api.get("v1/wdbc/towns").items().stream()
            .anyMatch(t -> t.asJsonObject().getString("name").equals(name)));

    String[] admin = api.bearer("admin", PASSWORD);
    List<String> actions =
        api.get("v1/admin/audit?subjectType=wdbc-town&subjectRef=" + id, admin).items().stream()
            .map(v -> v.asJsonObject().getString("action"))
            .toList();
    assertEquals(List.of("wdbc-town.delete", "wdbc-town.update", "wdbc-town.create"), actions);
  }

  @Test
  void siteSearchFindsEveryPublishedTypeRankedAndNothingElse() {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String word = "zq" + unique().replaceAll("[^a-z]", "x");
    String advice = "search-advice-" + unique();
    String page = "search-page-" + unique();
    String campaign = "search-campaign-" + unique();
    String hidden = "search-draft-" + unique();
    api.post("v1/admin/advice", draft(advice, "Advice " + word).toString(), editor);
    api.post(
        "v1/admin/pages",
        Json.createObjectBuilder(draft(page, "Page about locks"))
            .add("body", "<p>Mentions " + word + " once in the body.</p>")
            .build()
            .toString(),
        editor);
    api.post(
        "v1/admin/campaigns", campaign(campaign, "Campaign " + word).build().toString(), editor);
    api.post("v1/admin/advice", draft(hidden, "Draft " + word).toString(), editor);
    api.post("v1/admin/advice/" + advice + "/publish", "", publisher);
    api.post("v1/admin/pages/" + page + "/publish", "", publisher);
    api.post("v1/admin/campaigns/" + campaign + "/publish", "", publisher);

    Reply found = api.get("v1/search?q=" + word);
    assertEquals(200, found.status(), found.toString());
    assertEquals(Set.of(advice, page, campaign), Set.copyOf(found.slugs()));
    assertEquals(page, found.slugs().get(2), "a body-only match ranks below title matches");
    assertEquals(
        Set.of("advice", "page", "campaign"),
        found.items().stream()
            .map(v -> v.asJsonObject().getString("type"))
            .collect(java.util.stream.Collectors.toSet()));
    assertEquals(List.of(campaign), api.get("v1/search?type=campaign&q=" + word).slugs());
    assertProblem(api.get("v1/search?type=poster&q=" + word), 400, "invalid-parameter", "type");

    Reply staff = api.get("v1/admin/content?q=" + word, editor);
    assertEquals(4, staff.json().getInt("total"), staff.toString());
    assertEquals(
        List.of(hidden), api.get("v1/admin/content?state=draft&q=" + word, editor).slugs());
    assertEquals(List.of(page), api.get("v1/admin/content?type=page&q=" + word, editor).slugs());
    assertEquals(
        4, api.get("v1/admin/content?author=editor&q=" + word, editor).json().getInt("total"));
    assertEquals(
        0, api.get("v1/admin/content?author=admin&q=" + word, editor).json().getInt("total"));
  }

  // ---- runtime ------------------------------------------------------------------------------

  @Test
  void servesHealthAndTheOpenApiDocument() {
    URI root = api.base().resolve("/");
    ApiClient server = new ApiClient(root);
    Reply ready = server.get("health/ready");
    assertEquals(200, ready.status(), ready.toString());
    assertTrue(ready.body().contains("database"));
    Reply openapi = server.get("openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/v1/{collection}"), "content missing from OpenAPI");
    assertTrue(openapi.body().contains("/v1/admin/{collection}/{slug}/publish"), "workflow");
    assertTrue(openapi.body().contains("/v1/search"), "search missing from OpenAPI");
    assertTrue(openapi.body().contains("/v1/wdbc/towns"), "WDBC missing from OpenAPI");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonObject draft(String slug, String title) {
    var builder =
        Json.createObjectBuilder()
            .add("title", title)
            .add("summary", "A short summary of " + title)
            .add("body", "<h2>What to do</h2><p>Lock your shed.</p>")
            .add("topics", Json.createArrayBuilder().add("burglary"))
            .add("areas", (JsonArrayBuilder) Json.createArrayBuilder());
    if (slug != null) {
      builder.add("slug", slug);
    }
    return builder.build();
  }

  private static jakarta.json.JsonObjectBuilder campaign(String slug, String title) {
    return Json.createObjectBuilder(draft(slug, title));
  }

  private static String town(String name, String status, String accreditedOn) {
    var town =
        Json.createObjectBuilder()
            .add("name", name)
            .add("area", "herefordshire")
            .add("status", status);
    if (accreditedOn != null) {
      town.add("accreditedOn", accreditedOn);
    }
    return town.build().toString();
  }

  private static String[] ifMatch(String[] bearer, String etag) {
    String[] headers = java.util.Arrays.copyOf(bearer, bearer.length + 2);
    headers[bearer.length] = "If-Match";
    headers[bearer.length + 1] = etag;
    return headers;
  }

  /** Asserts the RFC 9457 shape, the status and type, and that nothing internal leaks. */
  private static void assertProblem(Reply reply, int status, String type, String field) {
    assertEquals(status, reply.status(), reply.toString());
    assertTrue(
        reply.contentType().startsWith("application/problem+json"),
        "content type " + reply.contentType() + " for " + reply);
    JsonObject problem = reply.json();
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertTrue(problem.containsKey("detail"));
    if (type != null) {
      assertTrue(problem.getString("type").endsWith("/problems/" + type), reply.toString());
    }
    if (field != null) {
      assertTrue(
          problem.getJsonArray("errors").stream()
              .anyMatch(e -> e.asJsonObject().getString("field").equals(field)),
          "no error for " + field + " in " + reply);
    }
    for (String leak : LEAKS) {
      assertFalse(reply.body().contains(leak), "problem leaks '" + leak + "': " + reply);
    }
  }

  // ---- API tokens for machine clients ---------------------------------------------------------

  @Test
  void administratorsCreateApiTokensWhoseSecretIsShownOnlyOnce() throws Exception {
    String[] admin = api.bearer("admin", PASSWORD);
    String name = "Feed reader " + unique();
    Reply created = createToken(admin, name, "read", null);
    assertEquals(201, created.status(), created.toString());
    JsonObject token = created.json();
    String secret = token.getString("secret");
    assertAll(
        () -> assertTrue(secret.matches("spt_[A-Za-z0-9_-]{43}"), secret),
        () -> assertTrue(secret.startsWith(token.getString("prefix"))),
        () -> assertTrue(token.getString("prefix").length() < 16),
        () -> assertEquals("read", token.getString("scope")),
        () -> assertEquals("active", token.getString("status")),
        () -> assertEquals(List.of("content:read"), strings(token, "permissions")),
        () -> assertEquals("admin", token.getString("createdBy")),
        () -> assertTrue(created.header("Cache-Control").orElse("").contains("no-store")),
        () ->
            assertTrue(
                created.header("Location").orElseThrow().endsWith(token.getString("id")),
                created.header("Location").orElseThrow()));

    Reply list = api.get("v1/admin/tokens?size=50", admin);
    assertEquals(200, list.status(), list.toString());
    assertFalse(list.body().contains(secret), "secret listed");
    assertFalse(list.body().contains(sha256(secret)), "hash listed");
    JsonObject listed = tokenNamed(list, name);
    assertFalse(listed.containsKey("secret"));
    assertEquals(token.getString("prefix"), listed.getString("prefix"));
    Reply one = api.get("v1/admin/tokens/" + token.getString("id"), admin);
    assertEquals(200, one.status(), one.toString());
    assertFalse(one.body().contains(secret), "secret shown again");

    Reply audit = api.get("v1/admin/audit?subjectType=token&subjectRef=" + encode(name), admin);
    assertEquals(1, audit.json().getInt("total"), audit.toString());
    JsonObject entry = audit.items().getJsonObject(0);
    assertEquals("token.create", entry.getString("action"));
    assertEquals("admin", entry.getString("actor"));
    assertTrue(entry.getString("detail").contains("scope: read"), entry.toString());
    assertFalse(audit.body().contains(secret), "secret audited");

    assertProblem(createToken(admin, name, "read-write", null), 409, "conflict", "name");
    assertProblem(createToken(admin, "  ", "read", null), 400, "validation", "name");
    assertProblem(createToken(admin, "No scope " + unique(), null, null), 400, "validation", null);
    assertProblem(createToken(admin, "Bad " + unique(), "admin", null), 400, "validation", "scope");
    assertProblem(
        createToken(admin, "Past " + unique(), "read", java.time.Instant.now().minusSeconds(60)),
        400,
        "validation",
        "expiresAt");
  }

  @Test
  void aReadTokenReadsStaffListsButCannotWriteAndItsUseIsRecorded() {
    String[] admin = api.bearer("admin", PASSWORD);
    String name = "Reader " + unique();
    String[] reader = tokenBearer(createToken(admin, name, "read", null));

    Reply drafts = api.get("v1/admin/advice?state=draft", reader);
    assertEquals(200, drafts.status(), drafts.toString());
    assertEquals(
        200, api.get("v1/admin/advice/keep-your-home-safe-from-burglars", reader).status());
    assertProblem(
        api.post("v1/admin/advice", draft("read-token-" + unique(), "Nope").toString(), reader),
        403,
        "forbidden",
        null);
    assertProblem(api.get("v1/admin/tokens", reader), 403, "forbidden", null);
    assertProblem(api.get("v1/admin/audit", reader), 403, "forbidden", null);
    assertProblem(api.get("v1/admin/staff", reader), 403, "forbidden", null);

    JsonObject listed = tokenNamed(api.get("v1/admin/tokens?size=50", admin), name);
    assertTrue(
        listed.containsKey("lastUsedAt") && !listed.isNull("lastUsedAt"),
        "last use not recorded: " + listed);
  }

  @Test
  void aReadWriteTokenWritesDraftsAsItselfButCannotPublishOrDelete() {
    String[] admin = api.bearer("admin", PASSWORD);
    String name = "Importer " + unique();
    String[] writer = tokenBearer(createToken(admin, name, "read-write", null));
    String slug = "token-draft-" + unique();

    Reply created = api.post("v1/admin/advice", draft(slug, "Imported advice").toString(), writer);
    assertEquals(201, created.status(), created.toString());
    assertEquals("draft", created.json().getString("state"));
    Reply audit = api.get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin);
    assertEquals("token:" + name, audit.items().getJsonObject(0).getString("actor"));

    assertProblem(
        api.post("v1/admin/advice/" + slug + "/publish", "", writer), 403, "forbidden", null);
    assertProblem(
        api.post(
            "v1/admin/advice/" + slug + "/schedule",
            "{\"publishAt\":\"2030-01-01T09:00:00Z\"}",
            writer),
        403,
        "forbidden",
        null);
    assertProblem(api.delete("v1/admin/advice/" + slug, writer), 403, "forbidden", null);
    assertProblem(createToken(writer, "Minted " + unique(), "read", null), 403, "forbidden", null);
    String[] reader = tokenBearer(createToken(admin, "Reader " + unique(), "read", null));
    assertProblem(
        api.post("v1/admin/advice/" + slug + "/publish", "", reader), 403, "forbidden", null);
    assertEquals("draft", api.get("v1/admin/advice/" + slug, admin).json().getString("state"));
  }

  @Test
  void aRevokedTokenIsRefusedAtOnceAndItsNameCanBeUsedAgain() {
    String[] admin = api.bearer("admin", PASSWORD);
    String name = "Retired " + unique();
    Reply created = createToken(admin, name, "read-write", null);
    String id = created.json().getString("id");
    String[] client = tokenBearer(created);
    assertEquals(200, api.get("v1/admin/advice", client).status());

    Reply revoked = api.post("v1/admin/tokens/" + id + "/revoke", "", admin);
    assertEquals(200, revoked.status(), revoked.toString());
    assertEquals("revoked", revoked.json().getString("status"));
    assertEquals("admin", revoked.json().getString("revokedBy"));
    Reply refused = api.get("v1/admin/advice", client);
    assertProblem(refused, 401, "unauthenticated", null);
    assertTrue(refused.header("WWW-Authenticate").orElse("").startsWith("Bearer"));

    assertEquals(200, api.post("v1/admin/tokens/" + id + "/revoke", "", admin).status());
    Reply audit = api.get("v1/admin/audit?subjectType=token&subjectRef=" + encode(name), admin);
    List<String> actions =
        audit.items().stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertEquals(List.of("token.revoke", "token.create"), actions);
    assertTrue(audit.items().getJsonObject(0).getString("detail").contains("read-write"));

    assertEquals(201, createToken(admin, name, "read", null).status(), "name not free again");
    assertProblem(
        api.post("v1/admin/tokens/no-such-token/revoke", "", admin), 404, "not-found", null);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String[] admin = api.bearer("admin", PASSWORD);
    String name = "Short-lived " + unique();
    java.time.Instant expiresAt = java.time.Instant.now().plusSeconds(3);
    Reply created = createToken(admin, name, "read", expiresAt);
    assertEquals(201, created.status(), created.toString());
    String[] client = tokenBearer(created);
    assertEquals(200, api.get("v1/admin/advice", client).status());

    Thread.sleep(
        Math.max(0, java.time.Duration.between(java.time.Instant.now(), expiresAt).toMillis())
            + 1500);
    assertProblem(api.get("v1/admin/advice", client), 401, "unauthenticated", null);
    assertEquals(
        "expired", tokenNamed(api.get("v1/admin/tokens?size=50", admin), name).getString("status"));
  }

  @Test
  void onlyAdministratorsManageApiTokens() {
    for (String who : List.of("editor", "publisher")) {
      String[] staff = api.bearer(who, PASSWORD);
      assertProblem(
          createToken(staff, "Not mine " + unique(), "read", null), 403, "forbidden", null);
      assertProblem(api.get("v1/admin/tokens", staff), 403, "forbidden", null);
    }
    assertProblem(api.get("v1/admin/tokens"), 401, "unauthenticated", null);
  }

  @Test
  void garbageAndUnknownBearerValuesAreRefused() {
    String[] admin = api.bearer("admin", PASSWORD);
    String secret = createToken(admin, "Real " + unique(), "read", null).json().getString("secret");
    String tampered = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
    String unknown = "spt_" + "A".repeat(43);
    for (String bearer : List.of("garbage", "spt_", unknown, tampered, secret.substring(4))) {
      assertProblem(
          api.get("v1/admin/advice", "Authorization", "Bearer " + bearer),
          401,
          "unauthenticated",
          null);
    }
    assertEquals(200, api.get("v1/admin/advice", "Authorization", "Bearer " + secret).status());
  }

  private Reply createToken(String[] bearer, String name, String scope, java.time.Instant expiry) {
    var body = Json.createObjectBuilder().add("name", name);
    if (scope != null) {
      body.add("scope", scope);
    }
    if (expiry != null) {
      body.add("expiresAt", expiry.toString());
    }
    return api.post("v1/admin/tokens", body.build().toString(), bearer);
  }

  private static String[] tokenBearer(Reply created) {
    assertEquals(201, created.status(), created.toString());
    return new String[] {"Authorization", "Bearer " + created.json().getString("secret")};
  }

  private static JsonObject tokenNamed(Reply list, String name) {
    assertEquals(200, list.status(), list.toString());
    return list.items().stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no token " + name + " in " + list));
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String sha256(String value) throws java.security.NoSuchAlgorithmException {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  // ---- media library ------------------------------------------------------------------------

  @Test
  void anEditorUploadsAnImageThatIsServedToAnyoneForAYear() throws Exception {
    String[] editor = api.bearer("editor", PASSWORD);
    String tag = unique();
    String name = "Shed Lock " + tag;
    byte[] png = png(4, 2);
    Reply created =
        upload(name + ".png", "image/png", png, "A padlock on a shed door", null, editor);
    assertEquals(201, created.status(), created.toString());
    JsonObject media = created.json();
    String id = media.getString("id");
    assertTrue(created.header("Location").orElseThrow().endsWith("/v1/admin/media/" + id));
    assertAll(
        () -> assertEquals("image/png", media.getString("mediaType")),
        () -> assertEquals("image", media.getString("kind")),
        () -> assertEquals(png.length, media.getInt("size")),
        () -> assertEquals(4, media.getInt("width")),
        () -> assertEquals(2, media.getInt("height")),
        () -> assertEquals("A padlock on a shed door", media.getString("alt")),
        () ->
            assertEquals(
                name.toLowerCase().replace(' ', '-') + ".png", media.getString("fileName")),
        () -> assertEquals("editor", media.getString("createdBy")),
        () -> assertEquals(0, media.getJsonArray("usedBy").size()));
    String url = media.getString("url");
    assertEquals("/api/v1/media/" + id + "/" + media.getString("fileName"), url);

    java.net.http.HttpResponse<byte[]> served = fetch(url);
    assertEquals(200, served.statusCode());
    assertTrue(java.util.Arrays.equals(png, served.body()), "served bytes differ");
    assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
    String cache = served.headers().firstValue("Cache-Control").orElseThrow();
    assertTrue(cache.contains("public") && cache.contains("max-age=31536000"), cache);
    assertTrue(cache.contains("immutable"), cache);
    assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(
        served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
    String etag = served.headers().firstValue("ETag").orElseThrow();
    assertFalse(etag.startsWith("W/"), "a strong ETag: " + etag);

    java.net.http.HttpResponse<byte[]> again = fetch(url, "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(404, fetch(url.replace(".png", "-other.png")).statusCode());

    Reply listed = api.get("v1/admin/media?kind=image&q=" + tag, editor);
    assertEquals(200, listed.status(), listed.toString());
    assertEquals(1, listed.json().getInt("total"));
    assertEquals(id, listed.items().getJsonObject(0).getString("id"));
    assertEquals(
        0, api.get("v1/admin/media?kind=document&q=" + tag, editor).json().getInt("total"));
    assertProblem(api.get("v1/admin/media?kind=video", editor), 400, "invalid-parameter", "kind");

    String[] admin = api.bearer("admin", PASSWORD);
    Reply audit = api.get("v1/admin/audit?subjectType=media&subjectRef=" + id, admin);
    assertEquals("media.upload", audit.items().getJsonObject(0).getString("action"));
  }

  @Test
  void uploadingNeedsASignedInEditor() throws Exception {
    assertProblem(
        upload("x.png", "image/png", png(2, 2), "Alt", null), 401, "unauthenticated", null);
    assertProblem(api.get("v1/admin/media"), 401, "unauthenticated", null);
  }

  @Test
  void anImageWithoutAltTextIsRefusedNamingTheField() throws Exception {
    String[] editor = api.bearer("editor", PASSWORD);
    assertProblem(
        upload("no-alt.png", "image/png", png(2, 2), null, "Title", editor),
        400,
        "validation",
        "alt");
    assertProblem(
        upload("blank-alt.png", "image/png", png(2, 2), "   ", null, editor),
        400,
        "validation",
        "alt");
    assertProblem(upload(null, null, null, "Alt", null, editor), 400, "validation", "file");
  }

  @Test
  void theBytesDecideTheTypeNotTheName() {
    String[] editor = api.bearer("editor", PASSWORD);
    Reply text =
        upload(
            "innocent.png",
            "image/png",
            "just words, not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "Alt",
            null,
            editor);
    assertProblem(text, 415, "unsupported-media-type", null);
    assertTrue(text.json().getString("detail").contains("PNG"), text.toString());
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertProblem(
        upload("logo.gif", "image/gif", svg, "Alt", null, editor),
        415,
        "unsupported-media-type",
        null);
  }

  @Test
  void filesOverTheMediaLimitAreRefusedWith413() {
    String[] editor = api.bearer("editor", PASSWORD);
    // the tests run with saferportal.media.max-bytes=200000
    byte[] justOver = new byte[200_001];
    byte[] farOver = new byte[600_000];
    Reply over = upload("big.png", "image/png", justOver, "Alt", null, editor);
    assertProblem(over, 413, "payload-too-large", null);
    assertTrue(over.json().getString("detail").contains("195 KB"), over.toString());
    assertProblem(
        upload("huge.png", "image/png", farOver, "Alt", null, editor),
        413,
        "payload-too-large",
        null);
  }

  @Test
  void aPdfIsADocumentAndNeedsNoAltText() throws Exception {
    String[] editor = api.bearer("editor", PASSWORD);
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
                + "<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Reply created =
        upload("Leaflet " + unique() + ".pdf", "application/pdf", pdf, null, "Leaflet", editor);
    assertEquals(201, created.status(), created.toString());
    JsonObject media = created.json();
    assertEquals("document", media.getString("kind"));
    assertEquals("application/pdf", media.getString("mediaType"));
    assertFalse(media.containsKey("alt"));
    assertFalse(media.containsKey("width"));
    java.net.http.HttpResponse<byte[]> served = fetch(media.getString("url"));
    assertEquals(200, served.statusCode());
    assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void altTextChangesNeedTheVersionLastRead() throws Exception {
    String[] editor = api.bearer("editor", PASSWORD);
    Reply created = upload("described.png", "image/png", png(3, 3), "First words", null, editor);
    String path = "v1/admin/media/" + created.json().getString("id");
    String etag = created.header("ETag").orElseThrow();
    String second = "{\"alt\":\"Second words\",\"title\":\"Shed\"}";

    assertProblem(api.put(path, second, editor), 428, "precondition-required", null);
    Reply changed = api.put(path, second, editor[0], editor[1], "If-Match", etag);
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("Second words", changed.json().getString("alt"));
    assertEquals("Shed", changed.json().getString("title"));
    assertProblem(
        api.put(path, "{\"alt\":\"Third\"}", editor[0], editor[1], "If-Match", etag),
        412,
        "precondition-failed",
        null);
    assertProblem(
        api.put(
            path,
            "{\"alt\":\"\"}",
            editor[0],
            editor[1],
            "If-Match",
            changed.header("ETag").orElseThrow()),
        400,
        "validation",
        "alt");
    assertEquals("Second words", api.get(path, editor).json().getString("alt"));
    JsonObject audited =
        api.get(
                "v1/admin/audit?subjectType=media&subjectRef=" + created.json().getString("id"),
                api.bearer("admin", PASSWORD))
            .items()
            .getJsonObject(0);
    assertEquals("media.update", audited.getString("action"));
    assertEquals(
        "described.png, alt: \"First words\", title: \"\" -> described.png, alt: \"Second"
            + " words\", title: \"Shed\"",
        audited.getString("detail"));
  }

  @Test
  void mediaUsedInContentCannotBeDeletedUntilItIsRemoved() throws Exception {
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    JsonObject media =
        upload("in-use.png", "image/png", png(5, 5), "A marked bicycle frame", null, editor).json();
    String url = media.getString("url");
    String path = "v1/admin/media/" + media.getString("id");
    String slug = "uses-media-" + unique();
    JsonObject article =
        Json.createObjectBuilder(draft(slug, "Uses an image"))
            .add(
                "body",
                "<h2>Mark it</h2><p><img src=\""
                    + url
                    + "\" alt=\"A marked bicycle frame\">"
                    + "<img src=\"https://tracker.example/pixel.png\" alt=\"Tracker\"></p>")
            .build();
    Reply created = api.post("v1/admin/advice", article.toString(), editor);
    assertEquals(201, created.status(), created.toString());
    String body = created.json().getString("body");
    assertTrue(body.contains("<img src=\"" + url + "\" alt=\"A marked bicycle frame\""), body);
    assertFalse(body.contains("tracker.example"), body);

    assertEquals(
        slug,
        api.get(path, editor).json().getJsonArray("usedBy").getJsonObject(0).getString("slug"));
    assertProblem(api.delete(path, editor), 403, "forbidden", null);
    Reply refused = api.delete(path, publisher);
    assertProblem(refused, 409, "conflict", null);
    assertTrue(refused.json().getString("detail").contains(slug), refused.toString());
    assertEquals(200, fetch(url).statusCode());

    Reply edited =
        api.put(
            "v1/admin/advice/" + slug,
            draft(slug, "Uses an image").toString(),
            editor[0],
            editor[1],
            "If-Match",
            created.header("ETag").orElseThrow());
    assertEquals(200, edited.status(), edited.toString());
    assertEquals(204, api.delete(path, publisher).status());
    assertProblem(api.get(path, editor), 404, "not-found", null);
    assertEquals(404, fetch(url).statusCode());
    String[] admin = api.bearer("admin", PASSWORD);
    assertEquals(
        "media.delete",
        api.get("v1/admin/audit?subjectType=media&subjectRef=" + media.getString("id"), admin)
            .items()
            .getJsonObject(0)
            .getString("action"));
  }

  /** A real PNG made by the JDK. */
  private static byte[] png(int width, int height) throws java.io.IOException {
    var image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x1d70b8);
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** Posts a multipart/form-data upload as a browser would; null parts are left out. */
  private Reply upload(
      String fileName,
      String declaredType,
      byte[] content,
      String alt,
      String title,
      String... headers) {
    String boundary = "----saferportal" + unique();
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> write =
        text -> body.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (String[] field : new String[][] {{"alt", alt}, {"title", title}}) {
      if (field[1] != null) {
        write.accept(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field[0]
                + "\"\r\n\r\n");
        write.accept(field[1] + "\r\n");
      }
    }
    if (content != null) {
      write.accept(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: "
              + declaredType
              + "\r\n\r\n");
      body.writeBytes(content);
      write.accept("\r\n");
    }
    write.accept("--" + boundary + "--\r\n");
    return api.send(
        api.request("v1/admin/media", headers)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A library address (relative to the site, "/api/v1/media/...") fetched without a token. */
  private java.net.http.HttpResponse<byte[]> fetch(String url, String... headers) throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(api.base().resolve(url)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  // ---- webhooks -----------------------------------------------------------------------------

  @Test
  void webhookReceiverGetsASignedPublishEventAndNothingItDidNotSubscribeTo() throws Exception {
    String[] admin = api.bearer("admin", PASSWORD);
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    try (WebhookReceiver receiver = WebhookReceiver.start(attempt -> 204)) {
      Reply created =
          api.post(
              "v1/admin/webhooks",
              webhook("Published only " + unique(), receiver.url(), "content.published").toString(),
              admin);
      assertEquals(201, created.status(), created.toString());
      String id = created.json().getString("id");
      String secret = created.json().getString("secret");
      assertTrue(secret.matches("[0-9a-f]{64}"), "a 256-bit secret");
      assertTrue(created.header("Location").orElseThrow().endsWith("/v1/admin/webhooks/" + id));
      try {
        String slug = "hooked-" + unique();
        api.post("v1/admin/advice", draft(slug, "Hooked article").toString(), editor);
        assertEquals(200, api.post("v1/admin/advice/" + slug + "/publish", "", publisher).status());

        WebhookReceiver.Received published = receiver.next(slug);
        JsonObject payload = published.json();
        assertAll(
            () -> assertEquals("content.published", published.header("X-SaferPortal-Event")),
            () -> assertEquals("content.published", payload.getString("event")),
            () -> assertEquals("advice", payload.getString("contentType")),
            () -> assertEquals(slug, payload.getString("slug")),
            () -> assertEquals(payload.getString("id"), published.header("X-SaferPortal-Delivery")),
            () -> java.time.Instant.parse(payload.getString("at")),
            () -> assertEquals("application/json", published.header("Content-Type")));
        long timestamp = Long.parseLong(published.header("X-SaferPortal-Timestamp"));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - timestamp) < 300);
        assertEquals(
            "sha256=" + hmacSha256Hex(secret, timestamp + "." + published.body()),
            published.header("X-SaferPortal-Signature"));

        // unsubscribed events make no delivery; a second publish shows the sender has moved on
        assertEquals(
            200, api.post("v1/admin/advice/" + slug + "/unpublish", "", publisher).status());
        String later = "hooked-later-" + unique();
        api.post("v1/admin/advice", draft(later, "Hooked later").toString(), editor);
        api.post("v1/admin/advice/" + later + "/publish", "", publisher);
        assertEquals(later, receiver.next(later).json().getString("slug"));
        assertEquals(List.of(), receiver.received(slug, "content.unpublished"));
        Reply log = api.get("v1/admin/webhooks/" + id + "/deliveries", admin);
        assertEquals(200, log.status(), log.toString());
        assertEquals(2, log.json().getInt("total"));
        assertTrue(
            log.items().stream()
                .allMatch(d -> d.asJsonObject().getString("event").equals("content.published")));

        // the secret is shown once only
        Reply one = api.get("v1/admin/webhooks/" + id, admin);
        assertEquals(200, one.status());
        assertFalse(one.body().contains(secret), "secret in GET");
        assertFalse(one.json().containsKey("secret"));
        assertFalse(api.get("v1/admin/webhooks?size=50", admin).body().contains(secret));
        assertFalse(log.body().contains(secret));
      } finally {
        assertEquals(204, api.delete("v1/admin/webhooks/" + id, admin).status());
      }
      assertProblem(api.get("v1/admin/webhooks/" + id, admin), 404, "not-found", null);
    }
  }

  @Test
  void failedDeliveriesAreRetriedWithBackoffUntilDeliveredAndCanBeSentAgain() throws Exception {
    String[] admin = api.bearer("admin", PASSWORD);
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    try (WebhookReceiver receiver = WebhookReceiver.start(attempt -> attempt <= 2 ? 500 : 200)) {
      Reply created =
          api.post(
              "v1/admin/webhooks",
              webhook("Flaky receiver " + unique(), receiver.url(), "content.archived").toString(),
              admin);
      assertEquals(201, created.status(), created.toString());
      String id = created.json().getString("id");
      String secret = created.json().getString("secret");
      try {
        String slug = "flaky-" + unique();
        api.post("v1/admin/advice", draft(slug, "Flaky hook").toString(), editor);
        api.post("v1/admin/advice/" + slug + "/publish", "", publisher);
        assertEquals(200, api.post("v1/admin/advice/" + slug + "/archive", "", publisher).status());

        JsonObject delivery = awaitDelivery(admin, id, "delivered");
        assertEquals(3, delivery.getInt("attempts"), delivery.toString());
        assertEquals(200, delivery.getInt("lastStatusCode"));
        assertEquals("content.archived", delivery.getString("event"));
        List<WebhookReceiver.Received> calls = receiver.received(slug, "content.archived");
        assertEquals(3, calls.size());
        for (WebhookReceiver.Received call : calls) {
          assertEquals(delivery.getString("id"), call.header("X-SaferPortal-Delivery"));
          assertEquals(
              "sha256="
                  + hmacSha256Hex(
                      secret, call.header("X-SaferPortal-Timestamp") + "." + call.body()),
              call.header("X-SaferPortal-Signature"));
        }

        Reply retry =
            api.post(
                "v1/admin/webhooks/" + id + "/deliveries/" + delivery.getString("id") + "/retry",
                "",
                admin);
        assertEquals(202, retry.status(), retry.toString());
        long deadline = System.currentTimeMillis() + 20_000;
        while (receiver.received(slug, "content.archived").size() < 4
            && System.currentTimeMillis() < deadline) {
          Thread.sleep(200);
        }
        assertEquals(4, receiver.received(slug, "content.archived").size());
        assertEquals(4, awaitDelivery(admin, id, "delivered").getInt("attempts"));

        Reply audit = api.get("v1/admin/audit?subjectType=webhook&subjectRef=" + id, admin);
        List<String> actions =
            audit.items().stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(
            actions.containsAll(List.of("webhook.create", "webhook.retry")), actions.toString());
        assertFalse(audit.body().contains(secret));
      } finally {
        api.delete("v1/admin/webhooks/" + id, admin);
      }
    }
  }

  @Test
  void webhooksAreForAdministratorsOnlyAndValidatedFieldByField() {
    String[] admin = api.bearer("admin", PASSWORD);
    String[] editor = api.bearer("editor", PASSWORD);
    String[] publisher = api.bearer("publisher", PASSWORD);
    String good =
        webhook("Editor's hook", "https://localhost:1/hook", "content.published").toString();
    assertProblem(api.get("v1/admin/webhooks", editor), 403, "forbidden", null);
    assertProblem(api.post("v1/admin/webhooks", good, editor), 403, "forbidden", null);
    assertProblem(api.post("v1/admin/webhooks", good, publisher), 403, "forbidden", null);
    assertProblem(api.get("v1/admin/webhooks/x/deliveries", editor), 403, "forbidden", null);
    assertProblem(api.post("v1/admin/webhooks", good), 401, "unauthenticated", null);

    assertProblem(
        api.post(
            "v1/admin/webhooks",
            webhook("Bad address " + unique(), "ftp://example.org/x", "content.published")
                .toString(),
            admin),
        400,
        "validation",
        "url");
    assertProblem(
        api.post(
            "v1/admin/webhooks",
            webhook("No address " + unique(), "not a url", "content.published").toString(),
            admin),
        400,
        "validation",
        "url");
    assertProblem(
        api.post(
            "v1/admin/webhooks",
            webhook("Odd event " + unique(), "https://localhost:1/x", "content.deleted").toString(),
            admin),
        400,
        "validation",
        "events[0]");
    assertProblem(
        api.post("v1/admin/webhooks", webhook("", "https://localhost:1/x").toString(), admin),
        400,
        "validation",
        "name");

    String name = "Changeable " + unique();
    Reply created =
        api.post(
            "v1/admin/webhooks",
            webhook(name, "https://localhost:1/x", "content.published").toString(),
            admin);
    assertEquals(201, created.status(), created.toString());
    String id = created.json().getString("id");
    try {
      assertProblem(
          api.post(
              "v1/admin/webhooks",
              webhook(name, "https://localhost:1/y", "content.published").toString(),
              admin),
          409,
          "conflict",
          "name");
      String path = "v1/admin/webhooks/" + id;
      String change =
          Json.createObjectBuilder(
                  webhook(name + " paused", "https://localhost:1/z", "content.archived"))
              .add("active", false)
              .build()
              .toString();
      assertProblem(api.put(path, change, admin), 428, "precondition-required", null);
      String etag = api.get(path, admin).header("ETag").orElseThrow();
      Reply changed = api.put(path, change, admin[0], admin[1], "If-Match", etag);
      assertEquals(200, changed.status(), changed.toString());
      assertFalse(changed.json().getBoolean("active"));
      assertEquals(
          List.of("content.archived"),
          changed.json().getJsonArray("events").getValuesAs(jakarta.json.JsonString::getString));
      assertProblem(
          api.put(path, change, admin[0], admin[1], "If-Match", etag),
          412,
          "precondition-failed",
          null);
      JsonObject updated =
          api.get("v1/admin/audit?subjectType=webhook&subjectRef=" + id, admin)
              .items()
              .getJsonObject(0);
      assertEquals("webhook.update", updated.getString("action"));
      assertEquals(
          "name: "
              + name
              + ", host: localhost, events: content.published -> name: "
              + name
              + " paused, host: localhost, events: content.archived, paused",
          updated.getString("detail"));
    } finally {
      assertEquals(204, api.delete("v1/admin/webhooks/" + id, admin).status());
    }
  }

  private static JsonObject webhook(String name, String url, String... events) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String event : events) {
      list.add(event);
    }
    return Json.createObjectBuilder().add("name", name).add("url", url).add("events", list).build();
  }

  /** The newest delivery of a webhook once it reaches a state (waits up to 30 seconds). */
  private JsonObject awaitDelivery(String[] admin, String webhookId, String state)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    JsonObject newest = null;
    while (System.currentTimeMillis() < deadline) {
      Reply log = api.get("v1/admin/webhooks/" + webhookId + "/deliveries", admin);
      assertEquals(200, log.status(), log.toString());
      if (!log.items().isEmpty()) {
        newest = log.items().getJsonObject(0);
        if (newest.getString("state").equals(state)) {
          return newest;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no delivery reached " + state + "; newest: " + newest);
  }

  /** HMAC-SHA256 written out here, so the test does not trust the code it checks. */
  private static String hmacSha256Hex(String secret, String message) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.HexFormat.of()
        .formatHex(mac.doFinal(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /**
   * A real HTTP server in the test JVM standing in for a webhook receiver. It answers each request
   * with the status the script gives for that request's number (1-based, per slug and event) and
   * keeps what it received.
   */
  static final class WebhookReceiver implements AutoCloseable {
    record Received(java.util.Map<String, String> headers, String body) {
      String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
      }

      JsonObject json() {
        return Json.createReader(new java.io.StringReader(body)).readObject();
      }
    }

    private final com.sun.net.httpserver.HttpServer server;
    private final List<Received> received = new java.util.concurrent.CopyOnWriteArrayList<>();

    private WebhookReceiver(com.sun.net.httpserver.HttpServer server) {
      this.server = server;
    }

    static WebhookReceiver start(java.util.function.IntUnaryOperator script) throws Exception {
      var server =
          com.sun.net.httpserver.HttpServer.create(
              new java.net.InetSocketAddress("localhost", 0), 0);
      WebhookReceiver receiver = new WebhookReceiver(server);
      java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> counts =
          new java.util.concurrent.ConcurrentHashMap<>();
      server.createContext(
          "/hook",
          exchange -> {
            String body =
                new String(
                    exchange.getRequestBody().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            exchange
                .getRequestHeaders()
                .forEach(
                    (name, values) ->
                        headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            Received call = new Received(headers, body);
            receiver.received.add(call);
            String key = call.json().getString("slug") + " " + call.json().getString("event");
            int number =
                counts
                    .computeIfAbsent(key, k -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
            exchange.sendResponseHeaders(script.applyAsInt(number), -1);
            exchange.close();
          });
      server.start();
      return receiver;
    }

    String url() {
      return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received(String slug, String event) {
      return received.stream()
          .filter(r -> r.json().getString("slug").equals(slug))
          .filter(r -> r.json().getString("event").equals(event))
          .toList();
    }

    /** The first call about a slug, waiting up to 30 seconds for it. */
    Received next(String slug) throws InterruptedException {
      long deadline = System.currentTimeMillis() + 30_000;
      while (System.currentTimeMillis() < deadline) {
        var match =
            received.stream().filter(r -> r.json().getString("slug").equals(slug)).findFirst();
        if (match.isPresent()) {
          return match.get();
        }
        Thread.sleep(100);
      }
      throw new AssertionError("the receiver heard nothing about " + slug);
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
