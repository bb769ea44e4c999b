package uk.police.saferportal.portal.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A tiny reverse proxy between the portal and the content API, as nginx is in production. The tests
 * can switch it "down", when it answers 502 with an HTML error page as a real proxy does when the
 * API has gone, to see that the pages say so kindly; or make it "hang", when it accepts each
 * connection and reads the request but never answers, as an API stuck on its database would. It
 * remembers the address and headers of the last requests it received ({@link #seen}).
 */
public final class SwitchableApiProxy implements AutoCloseable {
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "connection",
          "content-length",
          "expect",
          "host",
          "upgrade",
          "transfer-encoding",
          "keep-alive");

  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI target;
  private volatile boolean down;
  // while hanging, the requests wait on this until up()
  private volatile CountDownLatch hanging;
  private final Deque<Seen> seen = new ConcurrentLinkedDeque<>();

  /** A request the proxy received: its path and query as sent, and its headers. */
  public record Seen(String uri, Map<String, List<String>> headers) {
    /** The first value of a header, or null. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(header -> header.getKey().equalsIgnoreCase(name))
          .map(header -> header.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  public SwitchableApiProxy(int port, URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
    // hung requests hold their threads: a pool that grows, so the others are still served
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  public void down() {
    down = true;
  }

  /** Accepts connections and reads requests, but answers none, until {@link #up}. */
  public void hang() {
    hanging = new CountDownLatch(1);
  }

  /** Passes requests to the API again (and lets the hung ones go, unanswered). */
  public void up() {
    down = false;
    CountDownLatch hung = hanging;
    hanging = null;
    if (hung != null) {
      hung.countDown();
    }
  }

  /** The last requests received (at most 1,000), oldest first. */
  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  private void handle(HttpExchange exchange) throws IOException {
    seen.addLast(
        new Seen(exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders())));
    while (seen.size() > 1_000) {
      seen.pollFirst();
    }
    CountDownLatch hung = hanging;
    if (hung != null) {
      try (InputStream in = exchange.getRequestBody()) {
        in.readAllBytes();
        hung.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close(); // never answered
      return;
    }
    try (exchange) {
      if (down) {
        byte[] page =
            "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(502, page.length);
        exchange.getResponseBody().write(page);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
              .timeout(Duration.ofSeconds(30))
              .method(
                  exchange.getRequestMethod(),
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(value -> request.header(name, value));
                }
              });
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))
                    && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
              });
      byte[] answer = response.body();
      boolean empty =
          answer.length == 0 || response.statusCode() == 204 || response.statusCode() == 304;
      exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : answer.length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      }
    }
  }

  @Override
  public void close() {
    up();
    server.stop(0);
  }
}
