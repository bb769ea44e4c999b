package uk.police.saferportal.content.webhook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.state;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;
import uk.police.saferportal.content.support.Fixtures;
import uk.police.saferportal.content.support.WebhookReceiver;

/** Signed webhooks: subscriptions, retries with backoff, the delivery log, validation. */
public interface WebhookApiCases extends ApiCases {
  @Test
  default void webhookReceiverGetsASignedPublishEventAndNothingItDidNotSubscribeTo()
      throws Exception {
    String[] admin = api().bearer("admin", PASSWORD);
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    try (WebhookReceiver receiver = WebhookReceiver.start(attempt -> 204)) {
      Reply created =
          api()
              .post(
                  "v1/admin/webhooks",
                  webhook("Published only " + unique(), receiver.url(), "content.published")
                      .toString(),
                  admin);
      assertEquals(201, created.status(), created.toString());
      String id = created.json().getString("id");
      String secret = created.json().getString("secret");
      assertTrue(secret.matches("[0-9a-f]{64}"), "a 256-bit secret");
      assertTrue(created.header("Location").orElseThrow().endsWith("/v1/admin/webhooks/" + id));
      try {
        String slug = "hooked-" + unique();
        api().post("v1/admin/advice", draft(slug, "Hooked article").toString(), editor);
        assertEquals(
            200, api().post("v1/admin/advice/" + slug + "/publish", "", publisher).status());

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
            200, api().post("v1/admin/advice/" + slug + "/unpublish", "", publisher).status());
        String later = "hooked-later-" + unique();
        api().post("v1/admin/advice", draft(later, "Hooked later").toString(), editor);
        api().post("v1/admin/advice/" + later + "/publish", "", publisher);
        assertEquals(later, receiver.next(later).json().getString("slug"));
        assertEquals(List.of(), receiver.received(slug, "content.unpublished"));
        Reply log = api().get("v1/admin/webhooks/" + id + "/deliveries", admin);
        assertEquals(200, log.status(), log.toString());
        assertEquals(2, log.json().getInt("total"));
        assertTrue(
            log.items().stream()
                .allMatch(d -> d.asJsonObject().getString("event").equals("content.published")));

        // the secret is shown once only
        Reply one = api().get("v1/admin/webhooks/" + id, admin);
        assertEquals(200, one.status());
        assertFalse(one.body().contains(secret), "secret in GET");
        assertFalse(one.json().containsKey("secret"));
        assertFalse(api().get("v1/admin/webhooks?size=50", admin).body().contains(secret));
        assertFalse(log.body().contains(secret));
      } finally {
        assertEquals(204, api().delete("v1/admin/webhooks/" + id, admin).status());
      }
      assertProblem(api().get("v1/admin/webhooks/" + id, admin), 404, "not-found", null);
    }
  }

  @Test
  default void failedDeliveriesAreRetriedWithBackoffUntilDeliveredAndCanBeSentAgain()
      throws Exception {
    double deliveredBefore =
        Fixtures.applicationMetric(api(), "saferportal_webhooks_delivered_total");
    double failedBefore =
        Fixtures.applicationMetric(api(), "saferportal_webhooks_failed_attempts_total");
    String[] admin = api().bearer("admin", PASSWORD);
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    try (WebhookReceiver receiver = WebhookReceiver.start(attempt -> attempt <= 2 ? 500 : 200)) {
      Reply created =
          api()
              .post(
                  "v1/admin/webhooks",
                  webhook("Flaky receiver " + unique(), receiver.url(), "content.archived")
                      .toString(),
                  admin);
      assertEquals(201, created.status(), created.toString());
      String id = created.json().getString("id");
      String secret = created.json().getString("secret");
      try {
        String slug = "flaky-" + unique();
        api().post("v1/admin/advice", draft(slug, "Flaky hook").toString(), editor);
        api().post("v1/admin/advice/" + slug + "/publish", "", publisher);
        assertEquals(
            200, api().post("v1/admin/advice/" + slug + "/archive", "", publisher).status());

        JsonObject delivery = awaitDelivery(admin, id, "delivered");
        assertEquals(3, delivery.getInt("attempts"), delivery.toString());
        // counted in the application's metrics (other tests deliver too)
        assertTrue(
            Fixtures.applicationMetric(api(), "saferportal_webhooks_delivered_total")
                >= Math.max(0, deliveredBefore) + 1);
        assertTrue(
            Fixtures.applicationMetric(api(), "saferportal_webhooks_failed_attempts_total")
                >= Math.max(0, failedBefore) + 2);
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
            api()
                .post(
                    "v1/admin/webhooks/"
                        + id
                        + "/deliveries/"
                        + delivery.getString("id")
                        + "/retry",
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

        Reply audit = api().get("v1/admin/audit?subjectType=webhook&subjectRef=" + id, admin);
        List<String> actions =
            audit.items().stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(
            actions.containsAll(List.of("webhook.create", "webhook.retry")), actions.toString());
        assertFalse(audit.body().contains(secret));
      } finally {
        api().delete("v1/admin/webhooks/" + id, admin);
      }
    }
  }

  @Test
  default void webhooksAreForAdministratorsOnlyAndValidatedFieldByField() {
    String[] admin = api().bearer("admin", PASSWORD);
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String good =
        webhook("Editor's hook", "https://localhost:1/hook", "content.published").toString();
    assertProblem(api().get("v1/admin/webhooks", editor), 403, "forbidden", null);
    assertProblem(api().post("v1/admin/webhooks", good, editor), 403, "forbidden", null);
    assertProblem(api().post("v1/admin/webhooks", good, publisher), 403, "forbidden", null);
    assertProblem(api().get("v1/admin/webhooks/x/deliveries", editor), 403, "forbidden", null);
    assertProblem(api().post("v1/admin/webhooks", good), 401, "unauthenticated", null);

    assertProblem(
        api()
            .post(
                "v1/admin/webhooks",
                webhook("Bad address " + unique(), "ftp://example.org/x", "content.published")
                    .toString(),
                admin),
        400,
        "validation",
        "url");
    assertProblem(
        api()
            .post(
                "v1/admin/webhooks",
                webhook("No address " + unique(), "not a url", "content.published").toString(),
                admin),
        400,
        "validation",
        "url");
    assertProblem(
        api()
            .post(
                "v1/admin/webhooks",
                webhook("Odd event " + unique(), "https://localhost:1/x", "content.deleted")
                    .toString(),
                admin),
        400,
        "validation",
        "events[0]");
    assertProblem(
        api().post("v1/admin/webhooks", webhook("", "https://localhost:1/x").toString(), admin),
        400,
        "validation",
        "name");

    String name = "Changeable " + unique();
    Reply created =
        api()
            .post(
                "v1/admin/webhooks",
                webhook(name, "https://localhost:1/x", "content.published").toString(),
                admin);
    assertEquals(201, created.status(), created.toString());
    String id = created.json().getString("id");
    try {
      assertProblem(
          api()
              .post(
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
      assertProblem(api().put(path, change, admin), 428, "precondition-required", null);
      String etag = api().get(path, admin).header("ETag").orElseThrow();
      Reply changed = api().put(path, change, admin[0], admin[1], "If-Match", etag);
      assertEquals(200, changed.status(), changed.toString());
      assertFalse(changed.json().getBoolean("active"));
      assertEquals(
          List.of("content.archived"),
          changed.json().getJsonArray("events").getValuesAs(jakarta.json.JsonString::getString));
      assertProblem(
          api().put(path, change, admin[0], admin[1], "If-Match", etag),
          412,
          "precondition-failed",
          null);
      JsonObject updated =
          api()
              .get("v1/admin/audit?subjectType=webhook&subjectRef=" + id, admin)
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
      assertEquals(204, api().delete("v1/admin/webhooks/" + id, admin).status());
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
      Reply log = api().get("v1/admin/webhooks/" + webhookId + "/deliveries", admin);
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
}
