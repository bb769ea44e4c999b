package uk.police.saferportal.content.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.ifMatch;
import static uk.police.saferportal.content.support.Fixtures.state;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;
import uk.police.saferportal.content.support.Fixtures;

/** The editorial workflow by role, scheduled publication and end, and the publishing checks. */
public interface WorkflowCases extends ApiCases {
  @Test
  default void editorsCannotPublishUnpublishOrDelete() {
    String[] editor = api().bearer("editor", PASSWORD);
    String slug = "editor-draft-" + unique();
    assertEquals(
        201,
        api().post("v1/admin/advice", draft(slug, "Editor draft").toString(), editor).status());
    assertProblem(
        api().post("v1/admin/advice/" + slug + "/publish", "", editor), 403, "forbidden", null);
    assertProblem(
        api().post("v1/admin/advice/" + slug + "/unpublish", "", editor), 403, "forbidden", null);
    assertProblem(api().delete("v1/admin/advice/" + slug, editor), 403, "forbidden", null);
    assertProblem(api().get("v1/admin/staff", editor), 403, "forbidden", null);
    assertProblem(api().get("v1/advice/" + slug), 404, "not-found", null);
  }

  @Test
  default void staffAnswersSayWhichMovesTheCallerMayTakeNow() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String[] admin = api().bearer("admin", PASSWORD);
    String slug = "allowed-" + unique();
    String path = "v1/admin/advice/" + slug;
    Reply created = api().post("v1/admin/advice", draft(slug, "Allowed").toString(), editor);
    assertEquals(List.of("submit"), allowed(created));
    assertEquals(
        List.of("submit", "publish", "schedule", "archive"), allowed(api().get(path, publisher)));

    assertEquals(List.of(), allowed(api().post(path + "/submit", "", editor)));
    List<String> inReview = List.of("publish", "schedule", "return-to-draft", "archive");
    assertEquals(inReview, allowed(api().get(path, publisher)));
    assertEquals(inReview, allowed(api().get(path, admin)));

    Reply published = api().post(path + "/publish", "", publisher);
    assertEquals(List.of("schedule", "unpublish", "archive"), allowed(published));
    assertEquals(List.of(), allowed(api().get(path, editor)));
    assertFalse(api().get("v1/advice/" + slug).json().containsKey("allowedActions"));

    Reply changed =
        api()
            .put(
                path,
                draft(slug, "Allowed, changed").toString(),
                ifMatch(editor, published.header("ETag").orElseThrow()));
    assertEquals(200, changed.status(), changed.toString());
    assertEquals(List.of("submit", "discard-draft"), allowed(changed));
    assertEquals(
        List.of("submit", "publish", "schedule", "unpublish", "archive", "discard-draft"),
        allowed(api().get(path, publisher)));

    assertEquals(List.of("discard-draft"), allowed(api().post(path + "/submit", "", editor)));
    assertEquals(
        List.of("publish", "schedule", "return-to-draft", "unpublish", "archive", "discard-draft"),
        allowed(api().get(path, publisher)));
    assertEquals(
        List.of("schedule", "unpublish", "archive"),
        allowed(api().post(path + "/publish", "", publisher)));
    assertEquals(List.of("return-to-draft"), allowed(api().post(path + "/archive", "", publisher)));
    assertEquals(List.of(), allowed(api().get(path, editor)));
  }

  private static List<String> allowed(Reply reply) {
    assertEquals(200, reply.status() / 100 * 100, reply.toString());
    return reply.json().getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  default void eachWorkflowMoveIsAllowedOrRefusedByRole() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "workflow-" + unique();
    api().post("v1/admin/advice", draft(slug, "Workflow").toString(), editor);
    String path = "v1/admin/advice/" + slug;

    assertEquals("in-review", state(api().post(path + "/submit", "", editor)));
    for (String move : List.of("publish", "schedule", "archive", "return-to-draft", "unpublish")) {
      assertProblem(api().post(path + "/" + move, "{}", editor), 403, "forbidden", null);
    }
    assertEquals("draft", state(api().post(path + "/return-to-draft", "", publisher)));
    assertProblem(api().post(path + "/unpublish", "", publisher), 409, "conflict", null);
    assertEquals("in-review", state(api().post(path + "/submit", "", editor)));
    assertEquals("published", state(api().post(path + "/publish", "", publisher)));
    assertProblem(api().post(path + "/submit", "", editor), 409, "conflict", null);
    assertEquals("archived", state(api().post(path + "/archive", "", publisher)));
    assertProblem(api().get("v1/advice/" + slug), 404, "not-found", null);
    assertProblem(api().post(path + "/publish", "", publisher), 409, "conflict", null);
    assertEquals("draft", state(api().post(path + "/return-to-draft", "", publisher)));

    String[] admin = api().bearer("admin", PASSWORD);
    List<String> actions =
        api().get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin).items().stream()
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
  default void scheduledPublicationAndEndHappenOnceAtTheirTimes() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    double publishedBefore =
        Fixtures.applicationMetric(api(), "saferportal_scheduler_published_total");
    double endedBefore = Fixtures.applicationMetric(api(), "saferportal_scheduler_ended_total");
    String slug = "scheduled-" + unique();
    api().post("v1/admin/advice", draft(slug, "Scheduled").toString(), editor);
    java.time.Instant now = java.time.Instant.now();
    String schedule =
        Json.createObjectBuilder()
            .add("publishAt", now.plusSeconds(3).toString())
            .add("unpublishAt", now.plusSeconds(8).toString())
            .build()
            .toString();
    Reply scheduled = api().post("v1/admin/advice/" + slug + "/schedule", schedule, publisher);
    assertEquals(200, scheduled.status(), scheduled.toString());
    assertEquals("scheduled", scheduled.json().getString("state"));
    if (java.time.Instant.now().isBefore(now.plusSeconds(2))) { // a loaded machine may be late
      assertProblem(api().get("v1/advice/" + slug), 404, "not-found", null);
    }

    awaitPublicStatus(slug, 200, 30);
    awaitPublicStatus(slug, 404, 30);
    assertEquals(
        "archived", api().get("v1/admin/advice/" + slug, editor).json().getString("state"));

    Thread.sleep(2_500); // further scheduler ticks must not move it again
    String[] admin = api().bearer("admin", PASSWORD);
    List<String> byScheduler =
        api().get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin).items().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("actor").equals("scheduler"))
            .map(e -> e.getString("action"))
            .toList();
    assertEquals(List.of("advice.archive", "advice.publish"), byScheduler);
    // the scheduler's moves are counted in the application's metrics (other tests move too)
    assertTrue(
        Fixtures.applicationMetric(api(), "saferportal_scheduler_published_total")
            >= publishedBefore + 1);
    assertTrue(
        Fixtures.applicationMetric(api(), "saferportal_scheduler_ended_total") >= endedBefore + 1);
    assertTrue(
        Fixtures.applicationMetric(api(), "saferportal_webhooks_backlog") >= 0, "the outbox gauge");
    // and every endpoint's requests, by status class
    String timed =
        "saferportal_api_requests_seconds_count{endpoint=\"ContentWorkflowResource.schedule\"";
    assertTrue(
        Math.max(
                Fixtures.applicationMetric(api(), timed),
                Fixtures.applicationMetric(api(), timed.replace("_seconds", "")))
            >= 1,
        Fixtures.applicationMetrics(api())
            .body()
            .lines()
            .filter(line -> line.contains("requests"))
            .limit(10)
            .toList()
            .toString());
  }

  @Test
  default void schedulesInThePastOrEndingBeforeTheyStartAreRefused() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "bad-schedule-" + unique();
    api().post("v1/admin/advice", draft(slug, "Bad schedule").toString(), editor);
    java.time.Instant now = java.time.Instant.now();
    String path = "v1/admin/advice/" + slug + "/schedule";
    assertProblem(
        api().post(path, "{\"publishAt\":\"" + now.minusSeconds(60) + "\"}", publisher),
        409,
        "conflict",
        null);
    assertProblem(
        api()
            .post(
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
    assertProblem(api().post(path, "{}", publisher), 400, "validation", "publishAt");
    assertProblem(
        api().post(path, "{\"publishAt\":\"tomorrow\"}", publisher),
        400,
        "malformed-request",
        null);
  }

  @Test
  default void whatFellDueWhileNoInstanceWasRunningIsPublishedOnceOnTheNextTick() throws Exception {
    // After a restart the scheduler finds items whose time passed while it was down. The same
    // state is made here directly in the database (the API refuses a time in the past).
    String[] editor = api().bearer("editor", PASSWORD);
    String slug = "fell-due-" + unique();
    api().post("v1/admin/pages", draft(slug, "Fell due").toString(), editor);
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
    for (int i = 0; i < 60 && api().get("v1/pages/" + slug).status() != 200; i++) {
      Thread.sleep(500);
    }
    assertEquals(200, api().get("v1/pages/" + slug).status());
    Thread.sleep(2_500); // later ticks must not move it again
    String[] admin = api().bearer("admin", PASSWORD);
    assertEquals(
        List.of("page.publish"),
        api().get("v1/admin/audit?subjectType=page&subjectRef=" + slug, admin).items().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("actor").equals("scheduler"))
            .map(e -> e.getString("action"))
            .toList());
  }

  @Test
  default void publishingChecksBlockWhatMustBeFixedFirst() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
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
    Reply created = api().post("v1/admin/advice", flawed.toString(), editor);
    assertEquals(201, created.status(), created.toString());

    Reply refused = api().post(path + "/publish", "", publisher);
    assertProblem(refused, 422, "publishing-checks", "title");
    List<String> messages =
        refused.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("message"))
            .toList();
    assertTrue(messages.stream().anyMatch(m -> m.contains("skips a level")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("link text")), messages.toString());
    String later = java.time.Instant.now().plusSeconds(3600).toString();
    assertProblem(
        api().post(path + "/schedule", "{\"publishAt\":\"" + later + "\"}", publisher),
        422,
        "publishing-checks",
        "body");
    assertEquals(3, api().get(path + "/checks", editor).json().getInt("total"));
    assertEquals("draft", api().get(path, editor).json().getString("state"));

    Reply fixed =
        api()
            .put(
                path,
                draft(slug, "Short title").toString(),
                editor[0],
                editor[1],
                "If-Match",
                created.header("ETag").orElseThrow());
    assertEquals(200, fixed.status(), fixed.toString());
    assertEquals(0, api().get(path + "/checks", editor).json().getInt("total"));
    assertEquals("published", state(api().post(path + "/publish", "", publisher)));
  }

  private void awaitPublicStatus(String slug, int status, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int last = -1;
    while (System.nanoTime() < deadline) {
      last = api().get("v1/advice/" + slug).status();
      if (last == status) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("advice " + slug + " still answers " + last + ", expected " + status);
  }
}
