package uk.police.saferportal.content.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A plain HTTP client for the API under test: real requests, raw answers. */
public final class ApiClient {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;

  public ApiClient(URI base) {
    this.base = base;
  }

  public URI base() {
    return base;
  }

  public Reply get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public Reply post(String path, String json, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
  }

  public Reply put(String path, String json, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (Exception e) {
      throw new AssertionError("request failed: " + e, e);
    }
  }

  public HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  /** Signs in and answers the bearer header pair for later calls. */
  public String[] bearer(String username, String password) {
    Reply reply =
        post(
            "v1/auth/token",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString());
    if (reply.status() != 200) {
      throw new AssertionError("sign-in failed for " + username + ": " + reply);
    }
    return new String[] {"Authorization", "Bearer " + reply.json().getString("token")};
  }

  /** An HTTP answer with helpers to read it. */
  public record Reply(int status, HttpResponse<String> response) {
    public String body() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body())).readObject();
    }

    public List<String> slugs() {
      List<String> slugs = new ArrayList<>();
      for (JsonValue item : json().getJsonArray("items")) {
        slugs.add(item.asJsonObject().getString("slug"));
      }
      return slugs;
    }

    public JsonArray items() {
      return json().getJsonArray("items");
    }

    @Override
    public String toString() {
      return status + " " + body();
    }
  }
}
