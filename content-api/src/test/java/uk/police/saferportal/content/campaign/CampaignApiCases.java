package uk.police.saferportal.content.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.campaign;
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
 * Campaign pages: their own fields through the shared workflow, checked together, compared and
 * restored, scheduled.
 */
public interface CampaignApiCases extends ApiCases {
  @Test
  default void campaignsCarryTheirOwnFieldsThroughTheSharedWorkflow() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "bike-marking-week-" + unique();
    JsonObject campaign =
        campaign(slug, "Bike marking week")
            .add(
                "campaign",
                Json.createObjectBuilder()
                    .add("heroImage", "/api/v1/media/0123456789abcdef0123456789abcdef/bikes.png")
                    .add("heroAlt", "Officer marking a bike frame")
                    .add("callToActionLabel", "Book a marking session")
                    .add("callToActionUrl", "https://example.org/book")
                    .add("startsOn", "2026-12-01")
                    .add("endsOn", "2026-12-07"))
            .build();

    Reply created = api().post("v1/admin/campaigns", campaign.toString(), editor);
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.header("Location").orElseThrow().endsWith("/v1/admin/campaigns/" + slug));
    assertEquals("campaign", created.json().getString("type"));
    assertEquals("draft", created.json().getString("state"));
    assertProblem(api().get("v1/campaigns/" + slug), 404, "not-found", null);
    assertProblem(
        api().post("v1/admin/campaigns/" + slug + "/publish", "", editor), 403, "forbidden", null);

    assertEquals(
        200, api().post("v1/admin/campaigns/" + slug + "/publish", "", publisher).status());
    Reply read = api().get("v1/campaigns/" + slug);
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
    assertTrue(api().get("v1/campaigns?size=50&sort=-published").slugs().contains(slug));
    assertFalse(api().get("v1/advice?size=50&sort=-published").slugs().contains(slug));
    assertProblem(api().get("v1/advice/" + slug), 404, "not-found", null);

    String[] admin = api().bearer("admin", PASSWORD);
    List<String> actions =
        api().get("v1/admin/audit?subjectType=campaign&subjectRef=" + slug, admin).items().stream()
            .map(v -> v.asJsonObject().getString("action"))
            .toList();
    assertEquals(List.of("campaign.publish", "campaign.create"), actions);
  }

  @Test
  default void campaignFieldsAreCheckedTogetherAndEveryProblemNamed() {
    String[] editor = api().bearer("editor", PASSWORD);
    JsonObject bad =
        campaign(null, "Checked campaign " + unique())
            .add(
                "campaign",
                Json.createObjectBuilder()
                    .add("heroImage", "https://elsewhere.example/tracker.png")
                    .add("callToActionLabel", "Click me")
                    .add("callToActionUrl", "javascript:alert(1)")
                    .add("startsOn", "2026-12-10")
                    .add("endsOn", "2026-12-01"))
            .build();
    Reply refused = api().post("v1/admin/campaigns", bad.toString(), editor);
    assertProblem(refused, 400, "validation", "campaign.heroImage");
    assertProblem(refused, 400, "validation", "campaign.heroAlt");
    assertProblem(refused, 400, "validation", "campaign.callToActionUrl");
    assertProblem(refused, 400, "validation", "campaign.endsOn");

    assertProblem(
        api()
            .post(
                "v1/admin/advice",
                campaign(null, "Advice with a button " + unique())
                    .add(
                        "campaign",
                        Json.createObjectBuilder()
                            .add("callToActionLabel", "Go")
                            .add("callToActionUrl", "/advice"))
                    .build()
                    .toString(),
                editor),
        400,
        "validation",
        "campaign");

    assertProblem(
        api()
            .post(
                "v1/admin/pages",
                campaign(null, "Page with a hero " + unique())
                    .add("campaign", Json.createObjectBuilder().add("heroAlt", "A picture"))
                    .build()
                    .toString(),
                editor),
        400,
        "validation",
        "campaign");
    assertProblem(
        api()
            .post(
                "v1/admin/campaigns",
                campaign(null, "Long words " + unique())
                    .add("campaign", Json.createObjectBuilder().add("heroAlt", "x".repeat(301)))
                    .build()
                    .toString(),
                editor),
        400,
        "validation",
        "campaign.heroAlt");

    JsonObject labelOnly =
        campaign(null, "Label only " + unique())
            .add("campaign", Json.createObjectBuilder().add("callToActionLabel", "Go"))
            .build();
    assertProblem(
        api().post("v1/admin/campaigns", labelOnly.toString(), editor),
        400,
        "validation",
        "campaign.callToActionUrl");
    assertProblem(
        api()
            .post(
                "v1/admin/campaigns",
                campaign(null, "Bad date")
                    .add("campaign", Json.createObjectBuilder().add("startsOn", "first of May"))
                    .build()
                    .toString(),
                editor),
        400,
        null,
        null);
  }

  @Test
  default void campaignRevisionsCompareAndRestoreTheCampaignsOwnFields() {
    String[] editor = api().bearer("editor", PASSWORD);
    String slug = "revised-campaign-" + unique();
    Reply created =
        api()
            .post(
                "v1/admin/campaigns",
                campaign(slug, "Revised campaign")
                    .add(
                        "campaign",
                        Json.createObjectBuilder()
                            .add("callToActionLabel", "First words")
                            .add("callToActionUrl", "/advice"))
                    .build()
                    .toString(),
                editor);
    assertEquals(201, created.status(), created.toString());
    Reply changed =
        api()
            .put(
                "v1/admin/campaigns/" + slug,
                campaign(slug, "Revised campaign")
                    .add(
                        "campaign",
                        Json.createObjectBuilder()
                            .add("callToActionLabel", "Second words")
                            .add("callToActionUrl", "/advice"))
                    .build()
                    .toString(),
                ifMatch(editor, created.header("ETag").orElseThrow()));
    assertEquals(200, changed.status(), changed.toString());

    Reply compared = api().get("v1/admin/campaigns/" + slug + "/revisions/1/compare/2", editor);
    assertEquals(200, compared.status(), compared.toString());
    JsonObject label =
        compared.json().getJsonArray("fields").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("field").equals("callToActionLabel"))
            .findFirst()
            .orElseThrow();
    assertTrue(label.getBoolean("changed"), label.toString());

    Reply restored =
        api()
            .post(
                "v1/admin/campaigns/" + slug + "/revisions/1/restore",
                "",
                ifMatch(editor, changed.header("ETag").orElseThrow()));
    assertEquals(200, restored.status(), restored.toString());
    assertEquals(
        "First words", restored.json().getJsonObject("campaign").getString("callToActionLabel"));
    assertEquals(3, api().get("v1/admin/campaigns/" + slug + "/revisions", editor).items().size());
  }

  @Test
  default void aScheduledCampaignAppearsOnItsOwn() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "scheduled-campaign-" + unique();
    api()
        .post(
            "v1/admin/campaigns", campaign(slug, "Scheduled campaign").build().toString(), editor);
    java.time.Instant publishAt = java.time.Instant.now().plusSeconds(3);
    String schedule =
        Json.createObjectBuilder().add("publishAt", publishAt.toString()).build().toString();
    Reply scheduled = api().post("v1/admin/campaigns/" + slug + "/schedule", schedule, publisher);
    assertEquals(200, scheduled.status(), scheduled.toString());
    if (java.time.Instant.now().isBefore(publishAt.minusSeconds(1))) {
      assertProblem(api().get("v1/campaigns/" + slug), 404, "not-found", null);
    }
    for (int i = 0; i < 60 && api().get("v1/campaigns/" + slug).status() != 200; i++) {
      Thread.sleep(500);
    }
    assertEquals(200, api().get("v1/campaigns/" + slug).status());
    String[] admin = api().bearer("admin", PASSWORD);
    assertEquals(
        List.of("campaign.publish"),
        api().get("v1/admin/audit?subjectType=campaign&subjectRef=" + slug, admin).items().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("actor").equals("scheduler"))
            .map(e -> e.getString("action"))
            .toList());
  }
}
