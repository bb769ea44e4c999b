package uk.police.saferportal.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.portal.support.BrowserSteps;
import uk.police.saferportal.portal.support.HostileRequests;
import uk.police.saferportal.portal.support.RawHttp;

/**
 * Hostile or odd requests get a helpful page with a fitting status: never a 5xx, and no answer
 * names a Java class or package, Payara or GlassFish.
 */
public interface HostileInputBrowserTests extends BrowserSteps {
  /** What no answer may say: implementation names. */
  Pattern LEAK =
      Pattern.compile(
          "uk\\.police|java\\.|jakarta\\.|Exception|Payara|GlassFish", Pattern.CASE_INSENSITIVE);

  /** The names of Faces' own form fields and resource path, which pages must carry. */
  Pattern FACES_PROTOCOL =
      Pattern.compile(
          "jakarta\\.faces\\.(ViewState|ViewRoot|resource|ClientWindow|source|partial\\.\\w+"
              + "|behavior\\.event|RenderKitId)");

  default int portalPort() {
    return URI.create(base()).getPort();
  }

  /** The headers that would name the server (docker/preboot.asadmin turns both off). */
  Pattern SERVER_HEADERS = Pattern.compile("(?im)^(server|x-powered-by):");

  /**
   * Payara's /metrics, inside the portal here (the application at /): operators only, with the user
   * docker/postboot.asadmin creates and the tests' password, over (what the instance takes for)
   * HTTPS.
   */
  @Test
  default void metricsAreOnlyForOperators() throws Exception {
    String password =
        Files.readString(Path.of("..", "config", "local-metrics-password.asadmin"))
            .strip()
            .substring("AS_ADMIN_USERPASSWORD=".length());
    String operator = "Basic " + base64("metrics:" + password);
    HttpResponse<String> anonymous = answer("/metrics", "X-Forwarded-Proto", "https");
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertFalse(anonymous.body().contains("jvm_"), "metrics shown to a stranger");
    assertTrue(anonymous.body().contains("This page is not public"), anonymous.body());
    assertTrue(
        anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
        anonymous.headers().map().toString());
    HttpResponse<String> guess =
        answer(
            "/metrics",
            "Authorization",
            "Basic " + base64("metrics:guess"),
            "X-Forwarded-Proto",
            "https");
    assertEquals(401, guess.statusCode());
    assertEquals(403, answer("/metrics", "Authorization", operator).statusCode(), "plain HTTP");
    HttpResponse<String> scraped =
        answer("/metrics", "Authorization", operator, "X-Forwarded-Proto", "https");
    assertEquals(200, scraped.statusCode(), scraped.body());
    assertTrue(scraped.body().contains("jvm_") || scraped.body().contains("base_"));
    assertTrue(
        scraped.headers().firstValue("Cache-Control").orElse("").isEmpty()
            || !scraped.headers().firstValue("Cache-Control").get().contains("public"));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  default void aCorpusOfHostileRequestsGetsNoServerErrorAndNoImplementationNames()
      throws Exception {
    List<HostileRequests.Probe> corpus = HostileRequests.corpus();
    List<String> problems = new ArrayList<>();
    for (HostileRequests.Probe probe : corpus) {
      RawHttp.Answer answer = RawHttp.send(portalPort(), probe.head(portalPort()), probe.body());
      String body = bodyOf(answer.rest());
      if (answer.status() < 100 || answer.status() >= 500) {
        problems.add(answer.status() + " for " + probe.name());
      }
      String head = answer.rest().substring(0, Math.max(0, answer.rest().indexOf("\r\n\r\n")));
      if (SERVER_HEADERS.matcher(head).find()) {
        problems.add("a Server or X-Powered-By header in the answer to " + probe.name());
      }
      var leak = LEAK.matcher(FACES_PROTOCOL.matcher(body).replaceAll("faces-field"));
      if (leak.find()) {
        problems.add(
            "'" + leak.group() + "' in the answer (" + answer.status() + ") to " + probe.name());
      }
    }
    System.out.printf("hostile corpus: %d requests, %d problems%n", corpus.size(), problems.size());
    assertTrue(corpus.size() >= 300, "a corpus of several hundred: " + corpus.size());
    assertEquals(List.of(), problems);
  }

  @Test
  default void bracesAndPercentSignsInQueriesReachTheApiAsTyped() throws Exception {
    String unique = uniqueWord();
    assertEquals(200, status("/search?q=%7B" + unique));
    assertEquals(200, status("/search?q=%7D" + unique + "%2541%20%2B"));
    // the API refuses a topic or postcode it does not know: said on the page, never a 500
    assertTrue(status("/advice?q=%7B" + unique + "%7D&topic=%7B&area=%7D") < 500);
    assertTrue(status("/advice?postcode=%7B" + unique) < 500);
    List<String> seen = apiProxy().seen().stream().map(s -> s.uri()).toList();
    assertTrue(
        seen.stream()
            .anyMatch(u -> u.contains("q=%7B" + unique + "&") || u.endsWith("q=%7B" + unique)),
        seen.toString());
    assertTrue(
        seen.stream().anyMatch(u -> u.contains("q=%7D" + unique + "%2541%20%2B")), seen.toString());
    assertTrue(seen.stream().anyMatch(u -> u.contains("q=%7B" + unique + "%7D")), seen.toString());
    assertTrue(seen.stream().anyMatch(u -> u.contains("postcode=%7B" + unique)), seen.toString());
  }

  @Test
  default void aForgedViewStateGetsTheExpiredPageWith400() throws Exception {
    for (String page : List.of("/admin/login", "/")) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base() + page))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=garbage"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(400, answer.statusCode(), page);
      assertEquals("This page has expired", Jsoup.parse(answer.body()).select("h1").text(), page);
    }
  }

  @Test
  default void aFormFarTooLargeGets413AndAHelpfulPage() throws Exception {
    for (HostileRequests.Probe probe : HostileRequests.largeForms()) {
      if (!probe.target().equals("/admin/login")) {
        continue;
      }
      RawHttp.Answer answer = RawHttp.send(portalPort(), probe.head(portalPort()), probe.body());
      assertEquals(413, answer.status(), probe.name());
      assertTrue(bodyOf(answer.rest()).contains("What you sent is too large"), probe.name());
    }
  }

  @Test
  default void anUnreadableAcceptHeaderStillGetsThePage() throws Exception {
    for (String page : List.of("/", "/advice", "/no-such-page")) {
      HttpResponse<String> answer = answer(page, "Accept", "*/*;q=garbage");
      assertEquals(page.equals("/no-such-page") ? 404 : 200, answer.statusCode(), page);
      assertTrue(answer.body().contains("Safer West Mercia"), page);
    }
  }

  @Test
  default void noPageNamesAnExceptionTypeInItsScripts() throws Exception {
    for (String page : List.of("/", "/advice", "/admin/login")) {
      String body = answer(page).body();
      assertTrue(body.contains("PrimeFaces.settings"), page);
      assertTrue(!body.contains("Exception") && !body.contains("uk.police"), page);
    }
  }

  /** The body of an answer: what follows its headers. */
  static String bodyOf(String rest) {
    int end = rest.indexOf("\r\n\r\n");
    return end < 0 ? "" : rest.substring(end + 4);
  }
}
