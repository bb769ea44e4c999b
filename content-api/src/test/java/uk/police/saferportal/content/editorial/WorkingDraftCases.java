package uk.police.saferportal.content.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.campaign;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.ifMatch;
import static uk.police.saferportal.content.support.Fixtures.state;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/**
 * Changes to a published item kept aside as a working draft, sent for review, returned or
 * published; preview links.
 */
public interface WorkingDraftCases extends ApiCases {
  @Test
  default void anEditorSendsChangesToAPublishedItemForReviewAndAPublisherReturnsOrPublishesThem() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "changes-review-" + unique();
    String path = "v1/admin/advice/" + slug;
    api().post("v1/admin/advice", draft(slug, "Live words").toString(), editor);
    Reply published = api().post(path + "/publish", "", publisher);
    assertProblem(api().post(path + "/submit", "", editor), 409, "conflict", null); // no changes

    api()
        .put(
            path,
            draft(slug, "Proposed words").toString(),
            ifMatch(editor, published.header("ETag").orElseThrow()));
    Reply sent = api().post(path + "/submit", "", editor);
    assertEquals(200, sent.status(), sent.toString());
    assertEquals("published", state(sent));
    JsonObject changes = sent.json().getJsonObject("workingDraft");
    assertTrue(changes.getBoolean("inReview"));
    assertEquals("editor", changes.getString("submittedBy"));
    assertTrue(changes.containsKey("submittedAt"));
    assertEquals("Live words", api().get("v1/advice/" + slug).json().getString("title"));
    assertTrue(
        api()
            .get("v1/admin/advice?state=in-review&size=50&sort=-updated", publisher)
            .slugs()
            .contains(slug),
        "changes in review are listed as in review");
    JsonObject listed =
        api()
            .get("v1/admin/advice?state=in-review&size=50&sort=-updated", publisher)
            .items()
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(item -> item.getString("slug").equals(slug))
            .findFirst()
            .orElseThrow()
            .getJsonObject("workingDraft");
    assertTrue(listed.getBoolean("inReview"));
    assertFalse(listed.containsKey("body"), "lists leave out bodies, the working draft's too");
    assertFalse(
        api()
            .get("v1/admin/advice?state=draft&size=50&sort=-updated", publisher)
            .slugs()
            .contains(slug));
    assertProblem(api().post(path + "/submit", "", editor), 409, "conflict", null); // already sent
    assertProblem(api().post(path + "/return-to-draft", "", editor), 403, "forbidden", null);

    Reply returned = api().post(path + "/return-to-draft", "", publisher);
    assertEquals(200, returned.status(), returned.toString());
    assertEquals("published", state(returned));
    assertFalse(returned.json().getJsonObject("workingDraft").getBoolean("inReview"));
    assertEquals(
        "Proposed words", returned.json().getJsonObject("workingDraft").getString("title"));
    assertFalse(
        api()
            .get("v1/admin/advice?state=in-review&size=50&sort=-updated", publisher)
            .slugs()
            .contains(slug));

    assertEquals(200, api().post(path + "/submit", "", editor).status());
    Reply approved = api().post(path + "/publish", "", publisher);
    assertEquals("published", state(approved));
    assertFalse(approved.json().containsKey("workingDraft"));
    assertEquals("Proposed words", api().get("v1/advice/" + slug).json().getString("title"));
    assertFalse(
        api()
            .get("v1/admin/advice?state=in-review&size=50&sort=-updated", publisher)
            .slugs()
            .contains(slug));

    String[] admin = api().bearer("admin", PASSWORD);
    List<String> trail =
        api().get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin).items().stream()
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
  default void aPublishedItemIsEditedAsAWorkingDraftThePublicSeesOnlyOncePublished() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "working-draft-" + unique();
    String path = "v1/admin/advice/" + slug;
    api().post("v1/admin/advice", draft(slug, "Live words").toString(), editor);
    Reply published = api().post(path + "/publish", "", publisher);
    assertEquals("published", state(published));

    Reply edited =
        api()
            .put(
                path,
                draft(slug, "Better words").toString(),
                ifMatch(editor, published.header("ETag").orElseThrow()));
    assertEquals(200, edited.status(), edited.toString());
    assertEquals("published", edited.json().getString("state"));
    assertEquals("Live words", edited.json().getString("title"));
    assertEquals("Better words", edited.json().getJsonObject("workingDraft").getString("title"));
    assertEquals("editor", edited.json().getJsonObject("workingDraft").getString("savedBy"));
    assertEquals("Live words", api().get("v1/advice/" + slug).json().getString("title"));
    assertFalse(api().get("v1/advice/" + slug).json().containsKey("workingDraft"));
    String[] admin = api().bearer("admin", PASSWORD);
    String detail =
        api()
            .get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin)
            .items()
            .getJsonObject(0)
            .getString("detail");
    assertTrue(detail.contains("working draft, revision 1 -> 2"), detail);

    String token = api().post(path + "/preview", "", editor).json().getString("token");
    assertEquals(
        "Better words", api().get("v1/admin/preview/" + token, editor).json().getString("title"));
    assertProblem(api().post(path + "/publish", "", editor), 403, "forbidden", null);

    Reply republished = api().post(path + "/publish", "", publisher);
    assertEquals("published", state(republished));
    assertFalse(republished.json().containsKey("workingDraft"), republished.toString());
    assertEquals("Better words", api().get("v1/advice/" + slug).json().getString("title"));
    assertProblem(api().post(path + "/publish", "", publisher), 409, "conflict", null);

    Reply again =
        api()
            .put(
                path,
                draft(slug, "Words nobody wanted").toString(),
                ifMatch(editor, republished.header("ETag").orElseThrow()));
    Reply discarded =
        api()
            .post(path + "/discard-draft", "", ifMatch(editor, again.header("ETag").orElseThrow()));
    assertEquals(200, discarded.status(), discarded.toString());
    assertFalse(discarded.json().containsKey("workingDraft"));
    assertEquals("Better words", api().get("v1/advice/" + slug).json().getString("title"));
    assertProblem(api().post(path + "/discard-draft", "", editor), 409, "conflict", null);

    List<String> notes =
        api().get(path + "/revisions", editor).items().stream()
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
  default void previewLinksShowADraftToTheirMakerOnlyUntilTheyExpire() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "previewed-campaign-" + unique();
    api()
        .post(
            "v1/admin/campaigns",
            campaign(slug, "Previewed campaign")
                .add(
                    "campaign",
                    Json.createObjectBuilder()
                        .add("callToActionLabel", "Join in")
                        .add("callToActionUrl", "/advice"))
                .build()
                .toString(),
            editor);
    Reply made = api().post("v1/admin/campaigns/" + slug + "/preview", "", editor);
    assertEquals(201, made.status(), made.toString());
    String token = made.json().getString("token");
    assertTrue(token.length() >= 43, token);
    assertTrue(made.header("Cache-Control").orElseThrow().contains("no-store"));

    Reply shown = api().get("v1/admin/preview/" + token, editor);
    assertEquals(200, shown.status(), shown.toString());
    assertEquals("campaign", shown.json().getString("type"));
    assertEquals("Previewed campaign", shown.json().getString("title"));
    assertEquals("Join in", shown.json().getJsonObject("campaign").getString("callToActionLabel"));
    assertFalse(shown.json().containsKey("state"), "exactly what the public read shows");
    assertProblem(api().get("v1/campaigns/" + slug), 404, "not-found", null);

    assertProblem(api().get("v1/admin/preview/" + token, publisher), 403, "forbidden", null);
    assertProblem(api().get("v1/admin/preview/" + token), 401, "unauthenticated", null);
    assertProblem(
        api().get("v1/admin/preview/" + unique() + unique(), editor), 404, "not-found", null);

    Thread.sleep(4_500); // the test deployment's links last 4 seconds
    assertProblem(api().get("v1/admin/preview/" + token, editor), 410, "gone", null);
    String[] admin = api().bearer("admin", PASSWORD);
    assertTrue(
        api().get("v1/admin/audit?subjectType=campaign&subjectRef=" + slug, admin).items().stream()
            .anyMatch(e -> e.asJsonObject().getString("action").equals("campaign.preview")));
  }
}
