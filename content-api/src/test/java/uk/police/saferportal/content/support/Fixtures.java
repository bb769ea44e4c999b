package uk.police.saferportal.content.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import uk.police.saferportal.content.support.ApiClient.Reply;

/** Test data and assertions every feature's integration tests share. */
public final class Fixtures {
  /** The password of every demo staff account. */
  public static final String PASSWORD = "demo-password";

  private static final Set<String> LEAKS =
      Set.of(
          "Exception", "java.", "jakarta.", "uk.police", "SQL", "eclipse", "at org.", "Caused by");

  private Fixtures() {}

  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public static JsonObject draft(String slug, String title) {
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

  public static jakarta.json.JsonObjectBuilder campaign(String slug, String title) {
    return Json.createObjectBuilder(draft(slug, title));
  }

  public static String[] ifMatch(String[] bearer, String etag) {
    String[] headers = java.util.Arrays.copyOf(bearer, bearer.length + 2);
    headers[bearer.length] = "If-Match";
    headers[bearer.length + 1] = etag;
    return headers;
  }

  /** Asserts the RFC 9457 shape, the status and type, and that nothing internal leaks. */
  public static void assertProblem(Reply reply, int status, String type, String field) {
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

  public static String state(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getString("state");
  }

  /**
   * The headers an operator's scraper sends for {@code /metrics}: the user that
   * docker/postboot.asadmin creates, with the password the tests' instances are given
   * (config/local-metrics-password.asadmin), over what the instance takes for HTTPS (Payara insists
   * on a confidential transport; behind the proxy, X-Forwarded-Proto says so).
   */
  public static String[] operator() {
    try {
      String password =
          Files.readString(Path.of("..", "config", "local-metrics-password.asadmin"))
              .strip()
              .substring("AS_ADMIN_USERPASSWORD=".length());
      String basic =
          Base64.getEncoder()
              .encodeToString(("metrics:" + password).getBytes(StandardCharsets.UTF_8));
      return new String[] {"Authorization", "Basic " + basic, "X-Forwarded-Proto", "https"};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The application's MicroProfile Metrics (Prometheus text), read as an operator. */
  public static Reply applicationMetrics(ApiClient api) {
    String[] headers =
        Stream.concat(Stream.of("Accept", "text/plain"), Stream.of(operator()))
            .toArray(String[]::new);
    Reply metrics = api.get("/metrics?scope=application", headers);
    assertEquals(200, metrics.status(), metrics.body());
    return metrics;
  }

  /** A value of the application's MicroProfile Metrics (Prometheus text), -1 if absent. */
  public static double applicationMetric(ApiClient api, String name) {
    Reply metrics = applicationMetrics(api);
    assertEquals(200, metrics.status(), metrics.body());
    return metrics
        .body()
        .lines()
        .filter(
            line ->
                line.startsWith(name + " ")
                    || line.startsWith(name + "{")
                    || name.contains("{") && line.startsWith(name))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(-1);
  }
}
