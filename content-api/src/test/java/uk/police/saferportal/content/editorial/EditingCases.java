package uk.police.saferportal.content.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/**
 * Writing content through the staff API: drafts, optimistic locking, validation by field, slugs,
 * staff lists, sanitised bodies.
 */
public interface EditingCases extends ApiCases {
  @Test
  default void anEditorWritesAPublisherPublishesAndThePublicSeesIt() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "shed-security-" + unique();

    Reply created = api().post("v1/admin/advice", draft(slug, "Shed security").toString(), editor);
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.header("Location").orElseThrow().endsWith("/v1/admin/advice/" + slug));
    assertEquals("draft", created.json().getString("state"));
    assertEquals("editor", created.json().getString("createdBy"));
    assertProblem(api().get("v1/advice/" + slug), 404, "not-found", null);

    Reply published = api().post("v1/admin/advice/" + slug + "/publish", "", publisher);
    assertEquals(200, published.status(), published.toString());
    assertEquals("published", published.json().getString("state"));
    assertEquals(200, api().get("v1/advice/" + slug).status());
    assertTrue(api().get("v1/advice?topic=burglary&size=50").slugs().contains(slug));
    assertProblem(
        api().post("v1/admin/advice/" + slug + "/publish", "", publisher), 409, "conflict", null);

    Reply unpublished = api().post("v1/admin/advice/" + slug + "/unpublish", "", publisher);
    assertEquals("draft", unpublished.json().getString("state"));
    assertProblem(api().get("v1/advice/" + slug), 404, "not-found", null);

    Reply deleted = api().delete("v1/admin/advice/" + slug, publisher);
    assertEquals(204, deleted.status());
    assertProblem(api().get("v1/admin/advice/" + slug, editor), 404, "not-found", null);

    String[] admin = api().bearer("admin", PASSWORD);
    Reply audit = api().get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin);
    assertEquals(200, audit.status(), audit.toString());
    List<String> actions =
        audit.items().stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertEquals(
        List.of("advice.delete", "advice.unpublish", "advice.publish", "advice.create"), actions);
    assertEquals("publisher", audit.items().getJsonObject(0).getString("actor"));
    assertProblem(api().get("v1/admin/audit", editor), 403, "forbidden", null);
  }

  @Test
  default void aStaleUpdateIsRefusedWith412AndAMissingIfMatchWith428() {
    String[] editor = api().bearer("editor", PASSWORD);
    String slug = "stale-" + unique();
    Reply created = api().post("v1/admin/advice", draft(slug, "First").toString(), editor);
    String etag = created.header("ETag").orElseThrow();

    Reply updated =
        api()
            .put(
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
        api()
            .put(
                "v1/admin/advice/" + slug,
                draft(slug, "Third").toString(),
                editor[0],
                editor[1],
                "If-Match",
                etag);
    assertProblem(stale, 412, "precondition-failed", null);
    assertEquals("Second", api().get("v1/admin/advice/" + slug, editor).json().getString("title"));

    assertProblem(
        api().put("v1/admin/advice/" + slug, draft(slug, "Fourth").toString(), editor),
        428,
        "precondition-required",
        null);
  }

  @Test
  default void validationProblemsNameEachField() {
    String[] editor = api().bearer("editor", PASSWORD);
    Reply reply =
        api()
            .post(
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
        api().post("v1/admin/advice", unknownTopic.toString(), editor),
        400,
        "validation",
        "topics[1]");
  }

  @Test
  default void aTakenSlugIsAConflictButATitleSlugGetsASuffix() {
    String[] editor = api().bearer("editor", PASSWORD);
    String slug = "taken-" + unique();
    assertEquals(
        201, api().post("v1/admin/advice", draft(slug, "Taken").toString(), editor).status());
    assertProblem(
        api().post("v1/admin/advice", draft(slug, "Taken").toString(), editor),
        409,
        "conflict",
        "slug");

    String title = "Title only " + unique();
    JsonObject noSlug = Json.createObjectBuilder(draft(null, title)).build();
    String first =
        api().post("v1/admin/advice", noSlug.toString(), editor).json().getString("slug");
    String second =
        api().post("v1/admin/advice", noSlug.toString(), editor).json().getString("slug");
    assertEquals(first + "-2", second);
  }

  @Test
  default void staffListsShowDraftsAndFilterByState() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String word = "zq" + unique().replaceAll("[^a-z]", "x");
    String draftSlug = "listed-draft-" + unique();
    String publishedSlug = "listed-published-" + unique();
    api().post("v1/admin/advice", draft(draftSlug, "Listed draft " + word).toString(), editor);
    api()
        .post(
            "v1/admin/advice", draft(publishedSlug, "Listed published " + word).toString(), editor);
    api().post("v1/admin/advice/" + publishedSlug + "/publish", "", publisher);

    Reply drafts = api().get("v1/admin/advice?state=draft&q=" + word, editor);
    assertEquals(200, drafts.status());
    assertEquals(List.of(draftSlug), drafts.slugs());
    assertEquals("draft", drafts.items().getJsonObject(0).getString("state"));
    assertEquals(
        List.of(publishedSlug),
        api().get("v1/admin/advice?state=published&q=" + word, editor).slugs());
    assertEquals(2, api().get("v1/admin/advice?q=" + word, editor).json().getInt("total"));
    assertTrue(drafts.header("Cache-Control").orElseThrow().contains("private"));
    assertProblem(
        api().get("v1/admin/advice?state=gone", editor), 400, "invalid-parameter", "state");
  }

  @Test
  default void scriptsAndEventHandlersAreStrippedFromTheBody() {
    String[] editor = api().bearer("editor", PASSWORD);
    String slug = "hostile-" + unique();
    JsonObject hostile =
        Json.createObjectBuilder(draft(slug, "Hostile"))
            .add(
                "body",
                "<p onmouseover=\"steal()\">Safe text</p><script>alert(document.cookie)</script>"
                    + "<a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)>")
            .build();
    Reply created = api().post("v1/admin/advice", hostile.toString(), editor);
    assertEquals(201, created.status(), created.toString());
    String body = api().get("v1/admin/advice/" + slug, editor).json().getString("body");
    assertTrue(body.contains("Safe text"));
    for (String bad : List.of("<script", "onmouseover", "javascript:", "onerror", "<img")) {
      assertFalse(body.contains(bad), bad + " survived: " + body);
    }

    JsonObject onlyScript =
        Json.createObjectBuilder(draft("script-" + unique(), "Only script"))
            .add("body", "<script>alert(1)</script>")
            .build();
    assertProblem(
        api().post("v1/admin/advice", onlyScript.toString(), editor), 400, "validation", "body");
  }
}
