package uk.police.saferportal.content.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient;
import uk.police.saferportal.content.support.ApiClient.Reply;

/**
 * Plumbing every feature relies on: payload limits, unreadable bodies and media types, health and
 * the OpenAPI document.
 */
public interface PlatformCases extends ApiCases {
  @Test
  default void oversizedPayloadsAreRefused() {
    String[] editor = api().bearer("editor", PASSWORD);
    JsonObject huge =
        Json.createObjectBuilder(draft("huge-" + unique(), "Huge"))
            .add("body", "<p>" + "a".repeat(600_000) + "</p>")
            .build();
    assertProblem(
        api().post("v1/admin/advice", huge.toString(), editor), 413, "payload-too-large", null);
  }

  @Test
  default void malformedJsonAndWrongMediaTypesGetClearProblems() {
    String[] editor = api().bearer("editor", PASSWORD);
    assertProblem(
        api().post("v1/admin/advice", "{\"title\": ", editor), 400, "malformed-request", null);
    assertProblem(api().post("v1/admin/advice", "[1,2,3]", editor), 400, "malformed-request", null);
    assertProblem(api().post("v1/auth/token", "not json"), 400, "malformed-request", null);
    assertProblem(api().post("v1/auth/token", ""), 400, null, null);
    Reply xml =
        api()
            .send(
                api()
                    .request("v1/admin/advice", editor)
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<advice/>")));
    assertProblem(xml, 415, "unsupported-media-type", null);
    assertProblem(api().get("v1/no-such-thing"), 404, "not-found", null);
    assertProblem(api().send(api().request("v1/advice").DELETE()), 405, "method-not-allowed", null);
  }

  @Test
  default void servesHealthAndTheOpenApiDocument() {
    URI root = api().base().resolve("/");
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
}
