package uk.police.saferportal.content.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient;
import uk.police.saferportal.content.support.ApiClient.Reply;
import uk.police.saferportal.content.support.Fixtures;

/**
 * Plumbing every feature relies on: payload limits, unreadable bodies and media types, health and
 * the OpenAPI document.
 */
public interface PlatformCases extends ApiCases {
  /**
   * Every kind of answer carries the API's security headers: a public read written and then kept
   * (answered by the read cache's filter), a staff answer, a problem from JAX-RS and one from the
   * container; HSTS only when the proxy says the request came over HTTPS (issue 10).
   */
  @Test
  default void everyAnswerCarriesTheSecurityHeaders() {
    String[] editor = api().bearer("editor", PASSWORD);
    java.util.Map<String, Reply> answers = new java.util.LinkedHashMap<>();
    answers.put("public read, written", api().get("v1/advice?size=3&sort=-published"));
    answers.put("public read, kept", api().get("v1/advice?size=3&sort=-published"));
    answers.put("staff answer", api().get("v1/admin/advice?size=1", editor));
    answers.put("problem", api().get("v1/advice?colour=blue"));
    answers.put("no such address", api().get("v1/no-such-thing"));
    answers.put("method refused", api().send(api().request("v1/advice").DELETE()));
    for (var answer : answers.entrySet()) {
      Reply reply = answer.getValue();
      String what = answer.getKey() + " (" + reply.status() + ")";
      String policy = reply.header("Content-Security-Policy").orElse("");
      for (String directive :
          new String[] {
            "default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"
          }) {
        assertTrue(policy.contains(directive), what + ": " + directive + " in " + policy);
      }
      assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(null), what);
      assertEquals("no-referrer", reply.header("Referrer-Policy").orElse(null), what);
      assertTrue(reply.header("Permissions-Policy").orElse("").contains("camera=()"), what);
      assertEquals("DENY", reply.header("X-Frame-Options").orElse(null), what);
      assertTrue(reply.header("Strict-Transport-Security").isEmpty(), what + ": HSTS over HTTP");
    }
    assertEquals(200, answers.get("public read, kept").status());
    assertEquals(400, answers.get("problem").status());

    Reply secure = api().get("v1/advice?size=3&sort=-published", "X-Forwarded-Proto", "https");
    assertEquals(
        "max-age=31536000; includeSubDomains",
        secure.header("Strict-Transport-Security").orElse(null));
  }

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

  /** /metrics on the instance: operators only (docker/preboot.asadmin, docker/postboot.asadmin). */
  @Test
  default void metricsAreOnlyForOperators() {
    String[] operator = Fixtures.operator();
    Reply anonymous = api().get("/metrics", "X-Forwarded-Proto", "https");
    assertEquals(401, anonymous.status(), anonymous.toString());
    assertTrue(
        anonymous.header("WWW-Authenticate").orElse("").startsWith("Basic"), anonymous.toString());
    assertFalse(anonymous.body().contains("saferportal_"), "metrics shown to a stranger");
    Reply wrongPassword =
        api()
            .get(
                "/metrics",
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("metrics:guess".getBytes(UTF_8)),
                "X-Forwarded-Proto",
                "https");
    assertEquals(401, wrongPassword.status(), wrongPassword.toString());
    // the right password in clear over plain HTTP: Payara refuses it
    Reply plain = api().get("/metrics", operator[0], operator[1]);
    assertEquals(403, plain.status(), plain.toString());
    Reply scraped = Fixtures.applicationMetrics(api());
    assertTrue(scraped.body().contains("saferportal_database_connections_max"), scraped.body());
    Reply everything = api().get("/metrics", operator);
    assertEquals(200, everything.status(), everything.toString());
    assertTrue(everything.body().contains("jvm_") || everything.body().contains("base_"));
  }
}
