package uk.police.saferportal.content.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for requests Java's HttpClient refuses to make: any header value
 * (malformed media types, duplicates, huge values), any request target (bad percent-encoding), any
 * body bytes. One request per connection ({@code Connection: close}); the answer is read to the
 * end.
 */
public final class RawHttp {
  private final String host;
  private final int port;

  public RawHttp(URI base) {
    this.host = base.getHost();
    this.port = base.getPort();
  }

  /** A request: method, target exactly as sent (path and query), headers, body (or null). */
  public record Request(String method, String target, List<String[]> headers, byte[] body) {
    public Request with(String name, String value) {
      List<String[]> more = new ArrayList<>(headers);
      more.add(new String[] {name, value});
      return new Request(method, target, more, body);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(method).append(' ').append(abbreviate(target, 120));
      for (String[] header : headers) {
        text.append(" [").append(header[0]).append(": ").append(abbreviate(header[1], 60));
        text.append(']');
      }
      if (body != null) {
        text.append(" body ")
            .append(abbreviate(new String(body, StandardCharsets.UTF_8), 80))
            .append(" (")
            .append(body.length)
            .append(" bytes)");
      }
      return text.toString();
    }
  }

  /** An answer: status, headers by lower-case name, body as UTF-8. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {
    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String contentType() {
      return header("content-type").orElse("");
    }

    @Override
    public String toString() {
      return status + " " + contentType() + " " + abbreviate(body, 300);
    }
  }

  public Answer send(Request request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(30_000);
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      String start = request.method() + " " + request.target() + " HTTP/1.1\r\n";
      head.writeBytes(start.getBytes(StandardCharsets.ISO_8859_1));
      head.writeBytes(("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.US_ASCII));
      head.writeBytes("Connection: close\r\n".getBytes(StandardCharsets.US_ASCII));
      for (String[] header : request.headers()) {
        head.writeBytes((header[0] + ": " + header[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      if (request.body() != null) {
        head.writeBytes(
            ("Content-Length: " + request.body().length + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
      }
      head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      OutputStream out = socket.getOutputStream();
      out.write(head.toByteArray());
      if (request.body() != null) {
        try {
          out.write(request.body());
        } catch (IOException refusedEarly) {
          // the server may answer (413) and close before the whole body is sent: read that answer
        }
      }
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete answer: " + abbreviate(text, 200));
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(
                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    List<String> encoding = headers.get("transfer-encoding");
    if (encoding != null && encoding.get(0).toLowerCase(Locale.ROOT).contains("chunked")) {
      body = unchunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOfCrlf(chunked, at);
      if (lineEnd < 0) {
        break;
      }
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).trim();
      int semicolon = size.indexOf(';');
      int length = Integer.parseInt(semicolon < 0 ? size : size.substring(0, semicolon), 16);
      if (length == 0) {
        break;
      }
      int from = lineEnd + 2;
      out.write(chunked, from, Math.min(length, chunked.length - from));
      at = from + length + 2;
    }
    return out.toByteArray();
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }
}
