package uk.police.saferportal.portal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test does, as a resident or a member of staff would: open pages, sign in,
 * click, type, wait, and read; plus the calls another member of staff, or the content API's
 * webhook, makes meanwhile. The per-feature test interfaces extend it; {@code PortalBrowserIT}
 * gives it the browser, the portal's address and the switchable API proxy.
 */
public interface BrowserSteps {
  String PASSWORD = "demo-password";
  java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  WebDriver browser();

  /** The portal's address, such as http://localhost:8080. */
  String base();

  /** The proxy between the portal and the content API, so a test can take the API away. */
  SwitchableApiProxy apiProxy();

  /** Signs in to the content API directly, as another member of staff would; the bearer token. */
  default String apiToken(String username) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\""
                                + username
                                + "\",\"password\":\""
                                + PASSWORD
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }

  /** Writes and saves a new article in the back office; answers its slug. */
  default String writeArticle(String title, String body) {
    open("/admin/advice");
    type(By.id("title"), title);
    type(By.id("summary"), "Summary of " + title);
    WebElement editor = wait(By.cssSelector("#body .ql-editor"));
    editor.click();
    editor.sendKeys(body);
    click(By.cssSelector("label[for='topic-burglary']"));
    click(By.id("save"));
    waitForText(".sp-notice", "Article saved");
    return queryParam("slug");
  }

  default void setValue(By field, String value) {
    WebElement element = wait(field);
    ((org.openqa.selenium.JavascriptExecutor) browser())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            element,
            value);
  }

  default int statusQuietly(String path) {
    try {
      return status(path);
    } catch (Exception e) {
      return -1;
    }
  }

  /**
   * Lets the API answer again and waits until the portal calls it again: after failures the
   * portal's circuits (public reads, staff calls) stay open up to five seconds, then the next call
   * is a trial that closes them. Waits for readiness (whose call closes the public one) and, for
   * the staff one, until five seconds have passed.
   */
  default void apiBack() {
    apiProxy().up();
    long back = System.currentTimeMillis();
    long deadline = back + 20_000;
    while (statusQuietly("/health/ready") != 200 && System.currentTimeMillis() < deadline) {
      sleep(250);
    }
    sleep(Math.max(0, back + 5_500 - System.currentTimeMillis()));
  }

  default void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  default String queryParam(String name) {
    String query = URI.create(browser().getCurrentUrl()).getQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError("no " + name + " in " + browser().getCurrentUrl());
  }

  default List<String> axeViolations(String page) {
    com.deque.html.axecore.results.Results results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(browser());
    return results.getViolations().stream()
        .map(
            rule ->
                page
                    + ": "
                    + rule.getId()
                    + " ("
                    + rule.getHelp()
                    + ") at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList())
        .toList();
  }

  /**
   * Six random letters, to make a test's data its own and findable by full-text search (which
   * indexes words, not hex with digits). Letters only, so always six of them.
   */
  default String uniqueWord() {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }

  /** In the open editor, schedules the item to publish four seconds from now (UK time). */
  default java.time.LocalDateTime scheduleInFourSeconds() {
    java.time.LocalDateTime soon =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London"))
            .plusSeconds(4)
            .withNano(0);
    setValue(By.id("publishAt"), soon.toString().length() == 16 ? soon + ":00" : soon.toString());
    click(By.id("schedule"));
    waitForText(".sp-notice", "Schedule saved");
    return soon;
  }

  /** Waits, at most 30 seconds, until the page at this path is public (the scheduler ran). */
  default void waitUntilPublic(String path) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (statusQuietly(path) != 200 && System.currentTimeMillis() < deadline) {
      sleep(500);
    }
  }

  /** Signs in with the demo password and waits for the back office. */
  default void signInAs(String username) {
    signIn(username, PASSWORD);
    // away from the form: "/admin" is in the sign-in form's own address too, so waiting for it
    // returned before the sign-in was answered (and a session cookie copied then was stale)
    new WebDriverWait(browser(), Duration.ofSeconds(20))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/login")));
  }

  /** Signs the current member of staff out, then signs in as another. */
  default void signOutAndSignInAs(String username) {
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");
    signInAs(username);
  }

  default void signIn(String username, String password) {
    open("/admin/login");
    type(By.id("username"), username);
    type(By.id("password"), password);
    click(By.id("sign-in"));
  }

  /**
   * Scrolls the element to the middle of the window at once, then clicks it: GOV.UK's smooth
   * scrolling would otherwise move the page under a click that Selenium aimed beforehand.
   */
  default void click(By locator) {
    settle();
    WebElement element =
        new WebDriverWait(browser(), Duration.ofSeconds(20))
            .until(ExpectedConditions.elementToBeClickable(locator));
    ((org.openqa.selenium.JavascriptExecutor) browser())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  /**
   * Waits until the page has loaded and GOV.UK Frontend has set up every component: a notification
   * banner takes focus (and scrolls) when it starts, which would move a button away from a click
   * already aimed at it.
   */
  default void settle() {
    new WebDriverWait(browser(), Duration.ofSeconds(20))
        .until(
            driver ->
                (Boolean)
                    ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                            "return document.readyState === 'complete' &&"
                                + " [...document.querySelectorAll('[data-module^=\\'govuk-\\']')]"
                                + ".every(e => [...e.attributes].some(a => a.name.endsWith('-init')));"));
  }

  default void open(String path) {
    browser().get(base() + path);
  }

  default String heading() {
    return wait(By.tagName("h1")).getText().trim();
  }

  default String text(String css) {
    return wait(By.cssSelector(css)).getText().trim();
  }

  default List<String> resultTitles() {
    return browser().findElements(By.cssSelector("#results h2")).stream()
        .map(WebElement::getText)
        .toList();
  }

  default void type(By field, String value) {
    WebElement element = wait(field);
    element.clear();
    element.sendKeys(value);
  }

  default WebElement wait(By locator) {
    return new WebDriverWait(browser(), Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  default void waitForUrl(String fragment) {
    new WebDriverWait(browser(), Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains(fragment));
  }

  default void waitForText(String css, String expected) {
    new WebDriverWait(browser(), Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
  }

  default int status(String path) throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    return http.send(
            HttpRequest.newBuilder(URI.create(base() + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * The answer to a GET of a portal address, as a proxy or a script would see it: no redirects
   * followed, no cookies unless given; {@code headers} are name, value pairs.
   */
  default HttpResponse<String> answer(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The browser's cookies as a Cookie header: what the signed-in member of staff sends. */
  default String browserCookies() {
    return browser().manage().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** The Cache-Control header of an answer, or "" when it has none. */
  default String cacheControl(HttpResponse<?> answer) {
    return answer.headers().firstValue("Cache-Control").orElse("");
  }

  /**
   * Changes an article's title and body through the content API, as another member of staff would,
   * and publishes the change; the portal learns of it only through the webhook.
   */
  default void republishThroughTheApi(String slug, String title) throws Exception {
    HttpResponse<String> put =
        changeThroughTheApi(
            slug,
            "{\"title\":\""
                + title
                + "\",\"summary\":\"Changed.\",\"body\":\"<p>New words.</p>\","
                + "\"topics\":[\"burglary\"],\"areas\":[]}");
    assertEquals(200, put.statusCode(), put.body());
    // a change to a published article is a working draft until it is published again
    HttpResponse<String> republished =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base() + "/api/v1/admin/advice/" + slug + "/publish"))
                    .header("Authorization", "Bearer " + apiToken("publisher"))
                    .header("If-Match", put.headers().firstValue("ETag").orElseThrow())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, republished.statusCode(), republished.body());
  }

  /**
   * Saves a change to an article through the content API as the publisher, over the version it
   * reads first: what another member of staff (or a machine client) does meanwhile.
   */
  default HttpResponse<String> changeThroughTheApi(String slug, String json) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String token = apiToken("publisher");
    URI article = URI.create(base() + "/api/v1/admin/advice/" + slug);
    HttpResponse<String> current =
        http.send(
            HttpRequest.newBuilder(article).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
    return http.send(
        HttpRequest.newBuilder(article)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Purges the portal's cache the way the content API does: a signed call to its hook. */
  default int purgePortalCache() throws Exception {
    String body = "{\"event\":\"content.published\"}";
    long now = System.currentTimeMillis() / 1000;
    return postHook(body, Long.toString(now), signature(now, body));
  }

  default int postHook(String body, String timestamp, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + "/hooks/content"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      request.header("X-SaferPortal-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-SaferPortal-Signature", signature);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** HMAC-SHA256 with the secret the build gives the portal, written out here independently. */
  default String signature(long timestamp, String body) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            System.getProperty("it.webhook.secret", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "HmacSHA256"));
    return "sha256="
        + java.util.HexFormat.of()
            .formatHex(
                mac.doFinal(
                    (timestamp + "." + body).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
