package uk.police.saferportal.content.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * A real HTTP server in the test JVM standing in for a webhook receiver. It answers each request
 * with the status the script gives for that request's number (1-based, per slug and event) and
 * keeps what it received.
 */
public final class WebhookReceiver implements AutoCloseable {
  public record Received(java.util.Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public JsonObject json() {
      return Json.createReader(new java.io.StringReader(body)).readObject();
    }
  }

  private final com.sun.net.httpserver.HttpServer server;
  private final List<Received> received = new java.util.concurrent.CopyOnWriteArrayList<>();

  private WebhookReceiver(com.sun.net.httpserver.HttpServer server) {
    this.server = server;
  }

  public static WebhookReceiver start(java.util.function.IntUnaryOperator script) throws Exception {
    var server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("localhost", 0), 0);
    WebhookReceiver receiver = new WebhookReceiver(server);
    java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> counts =
        new java.util.concurrent.ConcurrentHashMap<>();
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(
                  exchange.getRequestBody().readAllBytes(),
                  java.nio.charset.StandardCharsets.UTF_8);
          java.util.Map<String, String> headers = new java.util.HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach(
                  (name, values) ->
                      headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
          Received call = new Received(headers, body);
          receiver.received.add(call);
          String key = call.json().getString("slug") + " " + call.json().getString("event");
          int number =
              counts
                  .computeIfAbsent(key, k -> new java.util.concurrent.atomic.AtomicInteger())
                  .incrementAndGet();
          exchange.sendResponseHeaders(script.applyAsInt(number), -1);
          exchange.close();
        });
    server.start();
    return receiver;
  }

  public String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/hook";
  }

  public List<Received> received(String slug, String event) {
    return received.stream()
        .filter(r -> r.json().getString("slug").equals(slug))
        .filter(r -> r.json().getString("event").equals(event))
        .toList();
  }

  /** The first call about a slug, waiting up to 30 seconds for it. */
  public Received next(String slug) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      var match =
          received.stream().filter(r -> r.json().getString("slug").equals(slug)).findFirst();
      if (match.isPresent()) {
        return match.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the receiver heard nothing about " + slug);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
