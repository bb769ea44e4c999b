package uk.police.saferportal.content.advice;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.ifMatch;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/**
 * Public reads of advice: the list envelope, filters, ranked text search, paging, ETags, parameter
 * rules, one article, and sensitive advice with its content note.
 */
public interface AdviceApiCases extends ApiCases {
  @Test
  default void listsPublishedAdviceInThePagingEnvelope() {
    Reply reply = api().get("v1/advice");
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
  default void filtersAdviceByTopic() {
    Reply reply = api().get("v1/advice?topic=rural-crime");
    assertEquals(200, reply.status());
    assertEquals(List.of("farm-and-machinery-security"), reply.slugs());
  }

  @Test
  default void areaFilterIncludesForceWideAdviceButNotOtherAreas() {
    String area = "v1/advice?area=telford-and-wrekin&q=";
    assertTrue(api().get(area + "bike").slugs().contains("bike-security-in-telford"));
    assertTrue(api().get(area + "doorstep").slugs().contains("spot-and-stop-doorstep-scams"));
    assertEquals(List.of(), api().get(area + "machinery").slugs());
    assertEquals(
        List.of("farm-and-machinery-security"),
        api().get("v1/advice?area=shropshire&q=machinery").slugs());
  }

  @Test
  default void searchesTheTextOfPublishedAdvice() {
    assertEquals(
        List.of("spot-and-stop-doorstep-scams"), api().get("v1/advice?q=rogue%20traders").slugs());
    assertEquals(List.of(), api().get("v1/advice?q=coercive").slugs(), "draft text found");
  }

  @Test
  default void textSearchIsRankedAndMatchesWordBeginnings() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
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
      api().post("v1/admin/advice", article.toString(), editor);
      api().post("v1/admin/advice/" + article.getString("slug") + "/publish", "", publisher);
    }
    assertEquals(List.of(inTitle, inBody), api().get("v1/advice?q=" + word).slugs());
    assertEquals(
        List.of(inTitle, inBody), api().get("v1/advice?q=" + word.substring(0, 5)).slugs());
    assertEquals(
        List.of(inBody, inTitle), api().get("v1/advice?q=" + word + "&sort=-title").slugs());
    assertEquals(List.of(), api().get("v1/advice?q=" + word + "%20nonexistentword").slugs());
    assertEquals(200, api().get("v1/advice?q=%2B%2B%22%29(*").status());
  }

  @Test
  default void pagesAndSortsWithAServerMaximum() {
    Reply second = api().get("v1/advice?size=2&page=2&sort=title");
    assertEquals(200, second.status());
    assertEquals(2, second.json().getInt("size"));
    assertEquals(2, second.json().getInt("page"));
    List<String> all = api().get("v1/advice?size=50&sort=title").slugs();
    assertEquals(all.subList(2, 4), second.slugs());
    List<String> reversed = new java.util.ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, api().get("v1/advice?size=50&sort=-title").slugs());
    assertProblem(api().get("v1/advice?size=51"), 400, "invalid-parameter", "size");
  }

  @Test
  default void answersNotModifiedWhenTheETagMatches() {
    Reply first = api().get("v1/advice?topic=burglary");
    String etag = first.header("ETag").orElseThrow();
    assertTrue(first.header("Cache-Control").orElseThrow().contains("max-age"));
    Reply again = api().get("v1/advice?topic=burglary", "If-None-Match", etag);
    assertEquals(304, again.status());
    assertEquals("", again.body());
    assertEquals(200, api().get("v1/advice?topic=fraud-and-scams", "If-None-Match", etag).status());
    Reply article = api().get("v1/advice/keep-your-home-safe-from-burglars");
    assertEquals(
        304,
        api()
            .get(
                "v1/advice/keep-your-home-safe-from-burglars",
                "If-None-Match",
                article.header("ETag").orElseThrow())
            .status());
  }

  @Test
  default void rejectsUnknownAndInvalidQueryParameters() {
    assertProblem(api().get("v1/advice?topc=burglary"), 400, "invalid-parameter", "topc");
    assertProblem(api().get("v1/advice?page=abc"), 400, "invalid-parameter", "page");
    assertProblem(api().get("v1/advice?page=0"), 400, "invalid-parameter", "page");
    assertProblem(api().get("v1/advice?sort=id"), 400, "invalid-parameter", "sort");
    assertProblem(api().get("v1/advice?topic=nonsense"), 400, "invalid-parameter", "topic");
    assertProblem(api().get("v1/advice?area=atlantis"), 400, "invalid-parameter", "area");
    assertProblem(api().get("v1/topics?page=1"), 400, "invalid-parameter", "page");
  }

  @Test
  default void readsOnePublishedArticleButHidesDrafts() {
    Reply article = api().get("v1/advice/keep-your-home-safe-from-burglars");
    assertEquals(200, article.status());
    JsonObject json = article.json();
    assertTrue(json.getString("body").contains("<h2>Lock up, every time</h2>"));
    assertEquals("burglary", json.getJsonArray("topics").getJsonObject(0).getString("slug"));
    assertFalse(json.containsKey("createdBy"));
    assertProblem(api().get("v1/advice/recognising-domestic-abuse"), 404, "not-found", null);
    assertProblem(api().get("v1/advice/no-such-article"), 404, "not-found", null);
  }

  @Test
  default void sensitiveAdviceCarriesItsContentNoteAndThePageGetsTheQuickExit() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "sensitive-" + unique();
    String note = "This page talks about coercive control.";
    JsonObject sensitive =
        Json.createObjectBuilder(draft(slug, "Controlling behaviour"))
            .add("topics", Json.createArrayBuilder().add("domestic-abuse"))
            .add("contentNote", "  " + note + "  ")
            .build();
    assertProblem(
        api()
            .post(
                "v1/admin/advice",
                Json.createObjectBuilder(sensitive)
                    .add("contentNote", "x".repeat(401))
                    .build()
                    .toString(),
                editor),
        400,
        "validation",
        "contentNote");
    Reply created = api().post("v1/admin/advice", sensitive.toString(), editor);
    assertEquals(201, created.status(), created.toString());
    api().post("v1/admin/advice/" + slug + "/publish", "", publisher);

    JsonObject page = api().get("v1/advice/" + slug).json();
    assertEquals(note, page.getString("contentNote"));
    assertTrue(page.getBoolean("quickExit"));
    assertTrue(page.getJsonArray("topics").getJsonObject(0).getBoolean("sensitive"));

    String plain = "not-sensitive-" + unique();
    api().post("v1/admin/advice", draft(plain, "Shed locks").toString(), editor);
    api().post("v1/admin/advice/" + plain + "/publish", "", publisher);
    JsonObject ordinary = api().get("v1/advice/" + plain).json();
    assertFalse(ordinary.getBoolean("quickExit"));
    assertFalse(ordinary.containsKey("contentNote"));

    // the note is content: kept in revisions and compared like the other fields
    Reply current = api().get("v1/admin/advice/" + slug, editor);
    api()
        .put(
            "v1/admin/advice/" + slug,
            Json.createObjectBuilder(sensitive)
                .add("contentNote", "Talks about abuse.")
                .build()
                .toString(),
            ifMatch(editor, current.header("ETag").orElseThrow()));
    JsonObject noteChange =
        api()
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
}
