package uk.police.saferportal.portal.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated corpus of hostile or odd requests to the portal's pages: odd query values and paths
 * (braces, broken and overlong percent-encoding, control characters, unicode, scripts, overlong
 * values), malformed headers, unknown methods, forms with forged view states, odd content types and
 * bodies, and forms far too large.
 */
public final class HostileRequests {
  private HostileRequests() {}

  /** One request: a name for the failure message, the head (without Host) and a body or null. */
  public record Probe(
      String name, String method, String target, List<String> headers, byte[] body) {
    /** The request head as sent, with Host and Connection: close. */
    public String head(int port) {
      StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\n");
      if (headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
        head.append("Host: localhost:").append(port).append('\n');
      }
      headers.forEach(h -> head.append(h).append('\n'));
      if (body != null && headers.stream().noneMatch(h -> h.startsWith("Transfer-Encoding"))) {
        head.append("Content-Length: ").append(body.length).append('\n');
      }
      head.append("Connection: close");
      return head.toString();
    }
  }

  static final String ARTICLE = "/advice/keep-your-home-safe-from-burglars";

  static final List<String> VALUES =
      List.of(
          "%7B",
          "%7D",
          "%7Bx%7D",
          "%7B%7B%7D",
          "{",
          "}",
          "{x}",
          "%",
          "%zz",
          "%00",
          "%0D%0AX-Injected:%20yes",
          "%C0%AF",
          "%FF%FE%FD",
          "%C3%A9t%C3%A9",
          "%F0%9F%98%80",
          "%E2%80%AE",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%27%22%3E",
          "..%2F..%2FWEB-INF%2Fweb.xml",
          "a".repeat(4_000),
          "-1",
          "99999999999999999999",
          "%2B%2B",
          "+",
          "%3B",
          "%5B%5D",
          "%2541",
          "\"<>");

  static final List<String> PARAMS = List.of("q", "topic", "area", "postcode", "page", "type");

  static final List<String> PATHS =
      List.of(
          "/advice/%7B",
          "/advice/%7Bx%7D",
          "/advice/{",
          "/advice/%00",
          "/advice/%C0%AE%C0%AE",
          "/advice/..%2F..%2FWEB-INF%2Fweb.xml",
          "/advice/" + "a".repeat(3_000),
          "/advice/%E2%80%AE",
          "/advice/%F0%9F%98%80",
          "/campaigns/%7B",
          "/campaigns/%zz",
          "/pages/%7B",
          "/pages/..;/WEB-INF/web.xml",
          "/WEB-INF/web.xml",
          "/META-INF/MANIFEST.MF",
          "/index.xhtml",
          "/advice.xhtml",
          "/WEB-INF/errorpages/error.xhtml",
          "/%",
          "/%zz",
          "//advice",
          "/advice;jsessionid=abc",
          "/advice/",
          "/jakarta.faces.resource/nothing.js.xhtml",
          "/jakarta.faces.resource/theme.css.xhtml?ln=..%2F..%2F",
          "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue&v=%7B",
          "/resources/..%2FWEB-INF%2Fweb.xml",
          "/webjars/%7B",
          "/hooks/content",
          "/admin/%7B",
          "/admin/preview?token=%7B",
          "/admin/login?expired=%7B",
          "/search?q=" + "%7B".repeat(1_000),
          "/advice?topic=burglary&topic=%7B&topic=" + "b".repeat(500));

  static final List<String> HEADERS =
      List.of(
          "Accept: */*;q=garbage",
          "Accept: text/html;q=",
          "Accept: ;;;",
          "Accept: text/html;q=1e309",
          "Accept: text/html;q=NaN",
          "Accept: */*;q=-1",
          "Accept: application/json",
          "Accept: image/png",
          "Accept: {",
          "Accept-Language: en;q=zz",
          "Accept-Language: {{{",
          "Accept-Language: " + "x".repeat(2_000),
          "Accept-Encoding: gzip;q=garbage",
          "Accept-Charset: garbage",
          "Cookie: JSESSIONID={",
          "Cookie: =;=;",
          "If-None-Match: {",
          "If-None-Match: *",
          "If-Modified-Since: garbage",
          "Range: bytes=garbage",
          "X-Request-Id: {",
          "X-Request-Id: " + "a".repeat(500),
          "Content-Type: {",
          "Faces-Request: partial/ajax",
          "X-Forwarded-For: {",
          "Referer: {",
          "User-Agent: \u00e9\u00e9",
          "Host: {");

  static final List<String> PAGES =
      List.of("/", "/advice", ARTICLE, "/search?q=burglary", "/campaigns", "/admin/login");

  static final List<String> FORM_TYPES =
      List.of(
          "application/x-www-form-urlencoded",
          "application/x-www-form-urlencoded; q=x",
          "application/x-www-form-urlencoded; charset=garbage",
          "application/x-www-form-urlencoded;;;",
          "application/x-www-form-urlencoded; charset=",
          "multipart/form-data",
          "multipart/form-data; boundary=x",
          "application/json",
          "text/plain",
          "{");

  static final List<String> FORM_BODIES =
      List.of(
          "jakarta.faces.ViewState=garbage",
          "jakarta.faces.ViewState=" + "QUJD".repeat(2_000),
          "jakarta.faces.ViewState=-1%3A-1&username=x&password=y",
          "username=x&password=y",
          "a=%zz&b=%",
          "=&&=",
          "{");

  /** The corpus; a few hundred requests. */
  public static List<Probe> corpus() {
    List<Probe> probes = new ArrayList<>();
    for (String page : List.of("/advice", "/search")) {
      for (String param : PARAMS) {
        for (String value : VALUES) {
          probes.add(get(page + "?" + param + "=" + value));
        }
      }
    }
    for (String page : List.of("/", "/campaigns", ARTICLE, "/admin/login")) {
      for (String value : VALUES) {
        probes.add(get(page + "?q=" + value));
      }
    }
    PATHS.forEach(path -> probes.add(get(path)));
    for (String page : PAGES) {
      for (String header : HEADERS) {
        probes.add(new Probe(header + " on " + page, "GET", page, List.of(header), null));
      }
    }
    for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO", "PROPFIND")) {
      for (String page : PAGES) {
        probes.add(new Probe(method + " " + page, method, page, List.of(), null));
      }
    }
    for (String page : List.of("/", "/advice", "/search", "/admin/login", "/admin", ARTICLE)) {
      for (String type : FORM_TYPES) {
        for (String body : FORM_BODIES) {
          probes.add(post(page, type, body, List.of()));
        }
      }
      probes.add(
          post(
              page,
              "application/x-www-form-urlencoded",
              "jakarta.faces.ViewState=garbage&jakarta.faces.partial.ajax=true"
                  + "&jakarta.faces.source=x&jakarta.faces.partial.execute=%40all",
              List.of("Faces-Request: partial/ajax")));
    }
    probes.addAll(largeForms());
    return probes;
  }

  /** Forms of 3 MB, with and without their length, and a 13 MB upload. */
  public static List<Probe> largeForms() {
    byte[] large = ("username=" + "a".repeat(3_000_000)).getBytes(StandardCharsets.US_ASCII);
    List<Probe> probes = new ArrayList<>();
    for (String page : List.of("/admin/login", "/", "/search")) {
      probes.add(post(page, "application/x-www-form-urlencoded", large, List.of()));
    }
    probes.add(
        new Probe(
            "3 MB chunked form on /admin/login",
            "POST",
            "/admin/login",
            List.of(
                "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked"),
            chunked(large)));
    byte[] upload = new byte[13_000_000];
    probes.add(post("/admin/media", "multipart/form-data; boundary=x", upload, List.of()));
    return probes;
  }

  static Probe get(String target) {
    return new Probe("GET " + abbreviated(target), "GET", target, List.of(), null);
  }

  static Probe post(String page, String type, String body, List<String> headers) {
    return post(page, type, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  static Probe post(String page, String type, byte[] body, List<String> headers) {
    List<String> all = new ArrayList<>(headers);
    all.add("Content-Type: " + type);
    return new Probe(
        "POST "
            + page
            + " ("
            + type
            + ") "
            + abbreviated(new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8))
            + " "
            + body.length
            + " bytes",
        "POST",
        page,
        all,
        body);
  }

  static byte[] chunked(byte[] body) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int chunk = 65_536;
    for (int at = 0; at < body.length; at += chunk) {
      int length = Math.min(chunk, body.length - at);
      out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, at, length);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static String abbreviated(String text) {
    return text.length() > 100 ? text.substring(0, 100) + "..." : text;
  }
}
