package uk.police.saferportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.police.saferportal.portal.support.Browser;
import uk.police.saferportal.portal.support.PortalClusterMember;
import uk.police.saferportal.portal.support.SwitchableApiProxy;

/**
 * Residents and staff in a real browser (headless Chromium) against the real portal and the real
 * content API on one Payara Micro, with a real MariaDB seeded in demo mode.
 */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {
  private static final String PASSWORD = "demo-password";
  private static WebDriver sharedDriver;
  private static SwitchableApiProxy apiProxy;

  /** The portal WAR the build produced; the content API is deployed beside it at /api. */
  @Deployment(testable = false)
  static WebArchive portal() {
    return ShrinkWrap.create(ZipImporter.class, "portal.war")
        .importFrom(new File(System.getProperty("it.war", "target/portal-web.war")))
        .as(WebArchive.class);
  }

  /** On failure, keeps a screenshot and the page source in target/browser-evidence. */
  @org.junit.jupiter.api.extension.RegisterExtension
  final org.junit.jupiter.api.extension.TestWatcher evidence =
      new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(
            org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
          if (browser == null) {
            return;
          }
          try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "browser-evidence");
            java.nio.file.Files.createDirectories(dir);
            String name = context.getRequiredTestMethod().getName();
            byte[] png =
                ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
            java.nio.file.Files.writeString(
                dir.resolve(name + ".html"),
                browser.getCurrentUrl() + "\n" + browser.getPageSource());
          } catch (Exception e) {
            // evidence is best effort
          }
        }
      };

  private final String base = "http://localhost:" + System.getProperty("it.portal.port", "8080");
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    if (sharedDriver == null) {
      sharedDriver = Browser.start();
    }
    browser = sharedDriver;
    browser.manage().deleteAllCookies();
  }

  /** The portal reaches the API through this proxy, so a test can take the API away. */
  @org.junit.jupiter.api.BeforeAll
  static void startApiProxy() throws Exception {
    int proxyPort = Integer.parseInt(System.getProperty("it.api.proxy.port", "8089"));
    int portalPort = Integer.parseInt(System.getProperty("it.portal.port", "8080"));
    apiProxy =
        new SwitchableApiProxy(proxyPort, URI.create("http://localhost:" + portalPort + "/"));
  }

  @AfterAll
  static void stopApiProxy() {
    if (apiProxy != null) {
      apiProxy.close();
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (sharedDriver != null) {
      sharedDriver.quit();
      sharedDriver = null;
    }
  }

  // ---- residents ---------------------------------------------------------------------------

  @Test
  void residentFindsAdviceByTopicAndReadsIt() {
    open("/");
    assertEquals("Keeping West Mercia safe", heading());
    click(By.linkText("Burglary"));
    waitForUrl("topic=burglary");
    assertEquals("Burglary advice", heading());
    WebElement first = wait(By.cssSelector("#results h2 a"));
    String title = first.getText();
    click(By.cssSelector("#results h2 a"));
    waitForUrl("/advice/");
    assertEquals(title, heading());
    assertTrue(browser.getTitle().startsWith(title));
    assertTrue(text("aside").contains("Burglary"), "the article is not about burglary");
    assertFalse(text("#article-body").isBlank());
  }

  @Test
  void residentSearchesAdviceAndReadsTheResult() {
    open("/advice");
    type(By.id("q"), "rogue traders");
    click(By.cssSelector("#filters button[type=submit]"));
    waitForUrl("q=rogue");
    assertEquals("1 article", text("#result-count"));
    click(By.linkText("Spot and stop doorstep scams"));
    assertEquals("Spot and stop doorstep scams", heading());
  }

  @Test
  void residentFindsAdviceForTheirPostcode() {
    open("/");
    type(By.id("postcode"), "tf1 2aa");
    click(By.cssSelector("form.sp-card button"));
    waitForUrl("postcode=");
    assertEquals("Crime prevention advice for Telford & Wrekin", heading());
    for (WebElement meta : browser.findElements(By.cssSelector("#results .sp-meta"))) {
      String areas = meta.getText();
      assertTrue(!areas.contains("·") || areas.contains("Telford & Wrekin"), areas);
    }
    open("/advice?postcode=tf1%202aa&q=bike");
    assertTrue(resultTitles().contains("Bike security in Telford"));
    open("/advice?postcode=tf1%202aa&q=machinery");
    assertEquals(List.of(), resultTitles());

    open("/advice?postcode=SW1A%201AA");
    assertTrue(text(".govuk-error-summary").contains("could not find a West Mercia area"));
    assertEquals("SW1A 1AA", browser.findElement(By.id("postcode")).getAttribute("value"));
  }

  @Test
  void unknownAddressesGetAHelpfulNotFoundPage() throws Exception {
    assertEquals(404, status("/advice/no-such-article"));
    assertEquals(404, status("/no-such-page"));
    open("/advice/no-such-article");
    assertEquals("Page not found", heading());
    assertTrue(
        browser.findElement(By.linkText("search all crime prevention advice")).isDisplayed());
  }

  @Test
  void publicPagesHaveCleanAddressesAndBranding() throws Exception {
    assertEquals(200, status("/"));
    assertEquals(200, status("/advice"));
    assertEquals(200, status("/advice/keep-your-home-safe-from-burglars"));
    open("/advice");
    assertTrue(text(".govuk-header").contains("Safer West Mercia"));
    assertTrue(
        browser
            .findElement(By.cssSelector("a.govuk-skip-link"))
            .getAttribute("href")
            .endsWith("#main-content"));
  }

  @Test
  void pagesSayKindlyWhenTheContentApiIsDown() throws Exception {
    // pages other tests read may be cached; this is about what residents see with nothing cached
    assertEquals(204, purgePortalCache());
    apiProxy.down();
    try {
      open("/");
      assertTrue(text("#unavailable").contains("not available at the moment"));
      open("/advice?topic=burglary");
      assertTrue(text("#unavailable").contains("not available at the moment"));
      open("/advice/keep-your-home-safe-from-burglars");
      assertTrue(heading().contains("not available at the moment"), heading());
      signIn("editor", PASSWORD);
      assertTrue(text(".govuk-error-summary").contains("cannot sign in at the moment"));
    } finally {
      apiProxy.up();
    }
    open("/advice?topic=burglary");
    assertEquals("Burglary advice", heading());
  }

  // ---- staff -------------------------------------------------------------------------------

  @Test
  void wrongPasswordIsExplainedOnTheSignInPage() {
    signIn("editor", "not-the-password");
    assertTrue(text(".govuk-error-summary").contains("username or password is not right"));
    assertEquals("editor", browser.findElement(By.id("username")).getAttribute("value"));
    open("/admin");
    waitForUrl("/admin/login");
  }

  /** The browser tests run with a 20-minute lock (see the pom), so the words must be the API's. */
  @Test
  void aLockedAccountIsToldForHowLong() throws Exception {
    String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
    HttpClient http = HttpClient.newHttpClient();
    String token = apiToken("admin");
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/staff"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\""
                            + username
                            + "\",\"displayName\":\"Locked\","
                            + "\"password\":\"a-long-enough-password\",\"roles\":[\"editor\"]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    for (int i = 0; i < 5; i++) {
      signIn(username, "wrong-password");
    }
    String error = text(".govuk-error-summary");
    assertTrue(error.contains("locked") && error.contains("Try again in 20 minutes"), error);
  }

  @Test
  void editorWritesAnArticleAPublisherPublishesItAndResidentsSeeIt() {
    String unique = uniqueWord();
    String title = "Garden tool security " + unique;

    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    assertTrue(text("#signed-in-as").contains("Erin Editor"));
    click(By.id("new-article"));
    waitForUrl("/admin/advice");
    type(By.id("title"), title);
    type(By.id("summary"), "Lock your shed and mark your tools.");
    WebElement body = wait(By.cssSelector("#body .ql-editor"));
    body.click();
    body.sendKeys("Thieves target sheds in spring. Fit a closed-shackle padlock.");
    click(By.cssSelector("label[for='topic-burglary']"));
    click(By.id("save"));
    waitForText(".sp-notice", "Article saved");
    assertEquals("draft", text("#state"));
    assertTrue(browser.findElements(By.id("publish")).isEmpty(), "an editor must not see Publish");
    String slug = queryParam("slug");
    assertTrue(slug.startsWith("garden-tool-security-"), slug);
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    open("/advice/" + slug);
    assertEquals("Page not found", heading());

    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    click(By.linkText(title));
    waitForUrl("slug=" + slug);
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");
    assertEquals("published", text("#state"));

    open("/advice?q=" + unique);
    assertEquals(List.of(title), resultTitles());
    click(By.linkText(title));
    assertEquals(title, heading());
    assertTrue(text("#article-body").contains("closed-shackle padlock"));
  }

  @Test
  void editorSeesWhatToFixWhenTheArticleIsIncomplete() {
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    open("/admin/advice");
    type(By.id("summary"), "A summary the editor typed");
    click(By.id("save"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(summary.getText().contains("Enter a title"), summary.getText());
    assertTrue(text("#title-error").contains("Enter a title"));
    assertEquals(
        "A summary the editor typed", browser.findElement(By.id("summary")).getAttribute("value"));
    click(By.linkText("Enter a title"));
    assertEquals("title", browser.switchTo().activeElement().getAttribute("id"));
  }

  @Test
  void publisherSchedulesAnArticleThatThenAppearsOnItsOwn() {
    String unique = uniqueWord();
    String title = "Scheduled shed advice " + unique;
    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    String slug = writeArticle(title, "Ready when the campaign starts.");

    java.time.LocalDateTime soon =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London"))
            .plusSeconds(4)
            .withNano(0);
    setValue(By.id("publishAt"), soon.toString().length() == 16 ? soon + ":00" : soon.toString());
    click(By.id("schedule"));
    waitForText(".sp-notice", "Schedule saved");
    assertEquals("scheduled", text("#state"));
    assertTrue(text("#scheduled-at").contains("Scheduled to publish at"));
    if (java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London"))
        .isBefore(soon.minusSeconds(1))) {
      assertEquals(404, statusQuietly("/advice/" + slug), "not public before its time");
    }

    long deadline = System.currentTimeMillis() + 30_000;
    while (statusQuietly("/advice/" + slug) != 200 && System.currentTimeMillis() < deadline) {
      sleep(500);
    }
    open("/advice/" + slug);
    assertEquals(title, heading());
  }

  @Test
  void publisherRestoresAnOlderRevision() {
    String unique = uniqueWord();
    String original = "Original title " + unique;
    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    writeArticle(original, "First version.");
    type(By.id("title"), "Mistaken title " + unique);
    click(By.id("save"));
    waitForText(".sp-notice", "Article saved");
    assertEquals(
        "Mistaken title " + unique, browser.findElement(By.id("title")).getAttribute("value"));
    assertEquals(2, browser.findElements(By.cssSelector("#revisions tbody tr")).size());

    click(By.cssSelector("a[aria-label='Compare revision 1 with the latest']"));
    waitForUrl("/admin/compare");
    assertEquals("Revision 1 compared with revision 2", heading());
    String titleRow = text("#comparison .govuk-summary-list__row").replaceAll("\\s+", " ");
    assertTrue(
        titleRow.contains("removed: Original") && titleRow.contains("added: Mistaken"), titleRow);
    browser.navigate().back();
    waitForUrl("/admin/advice");

    click(By.cssSelector("input[aria-label='Restore revision 1']"));
    waitForText(".sp-notice", "Revision 1 restored");
    assertEquals(original, browser.findElement(By.id("title")).getAttribute("value"));
    assertTrue(text("#revisions tbody tr").contains("restored revision 1"));
  }

  @Test
  void administratorsReadTheAuditLogAndOthersCannot() {
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    assertTrue(browser.findElements(By.id("audit-link")).isEmpty());
    open("/admin/audit");
    assertTrue(text("#forbidden").contains("Only administrators"));
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signIn("admin", PASSWORD);
    waitForUrl("/admin");
    click(By.id("audit-link"));
    waitForUrl("/admin/audit");
    String log = text("#audit");
    assertTrue(log.contains("auth.sign-in"), log);
    open("/admin/audit?subjectType=advice&subjectRef=keep-your-home-safe-from-burglars");
    String history = text("#audit");
    assertTrue(history.contains("advice.create") && history.contains("advice.publish"), history);
  }

  @Test
  void editorIsToldWhenSomeoneElseChangedTheArticleMeanwhile() throws Exception {
    String unique = uniqueWord();
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    String slug = writeArticle("Contested article " + unique, "First words.");

    // Someone else saves a change through the API while this editor has the page open.
    HttpResponse<String> put =
        changeThroughTheApi(
            slug,
            "{\"title\":\"Changed by the publisher "
                + unique
                + "\",\"summary\":\"Theirs.\","
                + "\"body\":\"<p>Their words.</p>\",\"topics\":[\"burglary\"],\"areas\":[]}");
    assertEquals(200, put.statusCode(), put.body());

    type(By.id("summary"), "My own change to the summary.");
    click(By.id("save"));
    String summary = wait(By.cssSelector(".govuk-error-summary")).getText();
    assertTrue(summary.contains("Someone else changed this article"), summary);
    assertEquals(
        "My own change to the summary.",
        browser.findElement(By.id("summary")).getAttribute("value"));
  }

  /** Signs in to the content API directly, as another member of staff would; the bearer token. */
  private String apiToken(String username) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
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
  private String writeArticle(String title, String body) {
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

  private void setValue(By field, String value) {
    WebElement element = wait(field);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            element,
            value);
  }

  private int statusQuietly(String path) {
    try {
      return status(path);
    } catch (Exception e) {
      return -1;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- campaigns, the We Don't Buy Crime hub, static pages, site search ----------------------

  @Test
  void anEditorWritesACampaignAPublisherSchedulesItAndItAppears() {
    String unique = uniqueWord();
    String title = "Shed watch week " + unique;
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    click(By.id("new-campaign"));
    waitForUrl("type=campaign");
    type(By.id("title"), title);
    type(By.id("summary"), "A week of shed and garage security events.");
    WebElement body = wait(By.cssSelector("#body .ql-editor"));
    body.click();
    body.sendKeys("Come to a marking event near you.");
    type(By.id("callToActionLabel"), "Find an event");
    setValue(By.id("startsOn"), "2026-12-01");
    click(By.id("save"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(
        summary.getText().contains("Enter the address the call to action opens"),
        summary.getText());
    assertTrue(text("#callToActionUrl-error").contains("address"));
    assertEquals(
        "Find an event", browser.findElement(By.id("callToActionLabel")).getAttribute("value"));
    type(By.id("callToActionUrl"), "/advice");
    click(By.id("save"));
    waitForText(".sp-notice", "Campaign saved");
    assertEquals("Campaign", text("#content-type"));
    String slug = queryParam("slug");
    click(By.id("submit"));
    waitForText(".sp-notice", "Sent for review");
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    open("/admin?type=campaign&state=in-review&q=" + unique);
    click(By.linkText(title));
    waitForUrl("slug=" + slug);
    java.time.LocalDateTime soon =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London"))
            .plusSeconds(4)
            .withNano(0);
    setValue(By.id("publishAt"), soon.toString().length() == 16 ? soon + ":00" : soon.toString());
    click(By.id("schedule"));
    waitForText(".sp-notice", "Schedule saved");
    assertEquals("scheduled", text("#state"));
    if (java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London"))
        .isBefore(soon.minusSeconds(1))) {
      assertEquals(404, statusQuietly("/campaigns/" + slug), "not public before its time");
    }

    long deadline = System.currentTimeMillis() + 30_000;
    while (statusQuietly("/campaigns/" + slug) != 200 && System.currentTimeMillis() < deadline) {
      sleep(500);
    }
    open("/campaigns");
    click(By.linkText(title));
    assertEquals(title, heading());
    assertTrue(text("#campaign-dates").contains("1 December 2026"), text("#campaign-dates"));
    assertTrue(text("#call-to-action").contains("Find an event"));
    assertTrue(text("#article-body").contains("marking event"));
  }

  @Test
  void aPreviewLinkShowsADraftAsThePublicWillSeeItToItsMakerOnly() {
    String unique = uniqueWord();
    String title = "Previewed advice " + unique;
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    String slug = writeArticle(title, "Only staff can see this draft yet.");
    click(By.id("preview"));
    waitForUrl("/admin/preview?token=");
    String previewUrl = browser.getCurrentUrl();
    assertEquals(title, heading());
    assertTrue(text("#preview-banner").contains("not published"), text("#preview-banner"));
    assertTrue(text("#article-body").contains("Only staff can see this draft yet."));
    assertEquals(List.of(), axeViolations("/admin/preview"));
    assertEquals(404, statusQuietly("/advice/" + slug));

    open("/admin");
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");
    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    browser.get(previewUrl);
    assertEquals("Preview not available", heading());
    assertTrue(text("#preview-refusal").contains("belongs to someone else"));
  }

  @Test
  void sensitiveAdviceShowsItsContentNoteAndAQuickExit() {
    String unique = uniqueWord();
    String title = "Coercive control " + unique;
    String note = "This page talks about coercive control " + unique + ".";
    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    open("/admin/advice");
    type(By.id("title"), title);
    type(By.id("summary"), "Recognise coercive control and find help.");
    type(By.id("contentNote"), "x".repeat(401));
    WebElement editor = wait(By.cssSelector("#body .ql-editor"));
    editor.click();
    editor.sendKeys("Controlling behaviour is abuse.");
    click(By.cssSelector("label[for='topic-domestic-abuse']"));
    click(By.id("save"));
    waitForText("#contentNote-error", "400 characters or fewer");
    assertEquals(title, browser.findElement(By.id("title")).getAttribute("value"), "input kept");
    type(By.id("contentNote"), note);
    click(By.id("save"));
    waitForText(".sp-notice", "Article saved");
    String slug = queryParam("slug");
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");

    open("/advice/" + slug);
    assertEquals(title, heading());
    assertEquals(
        "Content note: " + note,
        wait(By.cssSelector("#content-note .govuk-warning-text__text"))
            .getAttribute("textContent")
            .trim()
            .replaceAll("\\s+", " "));
    WebElement exit = wait(By.cssSelector("#quick-exit .govuk-exit-this-page__button"));
    assertEquals(
        "Emergency Exit this page",
        exit.getAttribute("textContent").trim().replaceAll("\\s+", " "));
    assertEquals("https://www.bbc.co.uk/weather", exit.getAttribute("href"));
    // GOV.UK Frontend set the component up: it adds the (hidden) Shift-three-times indicator
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#quick-exit .govuk-exit-this-page__indicator")));
    assertEquals(List.of(), axeViolations("/advice/" + slug + " (sensitive)"));

    open("/advice/keep-your-home-safe-from-burglars");
    assertTrue(browser.findElements(By.id("quick-exit")).isEmpty(), "only on sensitive topics");
    assertTrue(browser.findElements(By.id("content-note")).isEmpty());
  }

  @Test
  void anEditorChangesAPublishedArticleAndSendsTheChangesForAPublishersReview() {
    String unique = uniqueWord();
    String title = "Working draft advice " + unique;
    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    String slug = writeArticle(title, "First published words.");
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    open("/admin/advice?type=advice&slug=" + slug);
    type(By.id("title"), title + " revised");
    click(By.id("save"));
    waitForText(".sp-notice", "Changes saved");
    assertTrue(text("#unpublished-changes").contains("not published yet"));
    assertEquals(title + " revised", browser.findElement(By.id("title")).getAttribute("value"));
    open("/advice/" + slug);
    assertEquals(title, heading());
    open("/admin/advice?type=advice&slug=" + slug);
    assertTrue(browser.findElements(By.id("publish")).isEmpty(), "editors do not publish");
    click(By.id("submit"));
    waitForText(".sp-notice", "Changes sent for review");
    assertTrue(text("#changes-in-review").contains("editor sent the changes for review"));
    assertTrue(browser.findElements(By.id("submit")).isEmpty(), "sent once");
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    open("/admin?state=in-review&q=" + unique);
    assertEquals("changes in review", text(".sp-changes-tag"));
    click(By.linkText(title));
    waitForUrl("slug=" + slug);
    assertEquals("Publish changes", browser.findElement(By.id("publish")).getAttribute("value"));
    click(By.id("publish"));
    waitForText(".sp-notice", "Changes published");
    assertTrue(browser.findElements(By.id("unpublished-changes")).isEmpty());
    open("/advice/" + slug);
    assertEquals(title + " revised", heading());
  }

  @Test
  void anEditorPutsALibraryImageWithItsAltTextIntoTheText() throws Exception {
    String unique = uniqueWord();
    java.nio.file.Path png = java.nio.file.Files.createTempFile("bike-" + unique + "-", ".png");
    var image = new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", png.toFile());
    String alt = "A marked bike frame " + unique;
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    open("/admin/media");
    wait(By.id("file")).sendKeys(png.toAbsolutePath().toString());
    type(By.id("alt"), alt);
    click(By.id("upload-file"));
    waitForText(".sp-notice", "File uploaded");

    open("/admin/advice");
    type(By.id("title"), "Marked bikes " + unique);
    type(By.id("summary"), "Marked bikes come home.");
    WebElement body = wait(By.cssSelector("#body .ql-editor"));
    body.click();
    body.sendKeys("Mark the frame. ");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("insert-image")))
        .selectByVisibleText(
            browser.findElements(By.cssSelector("#insert-image option")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(alt))
                .findFirst()
                .orElseThrow());
    click(By.id("insert-image-button"));
    wait(By.cssSelector("#body .ql-editor img[alt='" + alt + "']"));
    click(By.id("save"));
    waitForText(".sp-notice", "Article saved");
    click(By.id("preview"));
    waitForUrl("/admin/preview?token=");
    WebElement shown = wait(By.cssSelector("#article-body img"));
    assertEquals(alt, shown.getAttribute("alt"));
    assertTrue(shown.getAttribute("src").matches(".*/api/v1/media/[0-9a-f]{32}/bike-.*\\.png"));
  }

  @Test
  void theWeDontBuyCrimeHubListsTownsAndRetailersByArea() {
    open("/campaigns/we-dont-buy-crime");
    assertEquals("We Don't Buy Crime", heading());
    String towns = text("#wdbc-towns");
    assertTrue(towns.contains("Shropshire") && towns.contains("Ludlow"), towns);
    assertTrue(towns.contains("Accredited") && towns.contains("Working towards accreditation"));
    WebElement ludlow =
        browser.findElement(
            By.xpath("//section[@id='wdbc-towns']//tr[th[normalize-space()='Ludlow']]"));
    assertTrue(ludlow.getText().contains("10 February 2023"), ludlow.getText());
    String retailers = text("#wdbc-retailers");
    assertTrue(retailers.contains("Castle Antiques and Collectables"), retailers);
    assertTrue(text("#call-to-action").contains("marking kit"));
  }

  @Test
  void anEditorAddsAWeDontBuyCrimeTownAndAccreditsItAndResidentsSeeIt() {
    String town = "Testbury " + uniqueWord();
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    click(By.id("wdbc-link"));
    waitForUrl("/admin/wdbc");
    click(By.id("save-town"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(summary.getText().contains("Enter the town or parish name"), summary.getText());
    type(By.id("name"), town);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("area")))
        .selectByVisibleText("Shropshire");
    click(By.cssSelector("label[for='status-accredited']"));
    click(By.id("save-town"));
    assertTrue(text("#accreditedOn-error").contains("date"), text("#accreditedOn-error"));
    assertEquals(town, browser.findElement(By.id("name")).getAttribute("value"));
    click(By.cssSelector("label[for='status-working-towards']"));
    click(By.id("save-town"));
    waitForText(".sp-notice", "Added " + town);

    click(By.xpath("//table[@id='towns']//tr[@data-town='" + town + "']//input[@value='Change']"));
    click(By.cssSelector("label[for='status-accredited']"));
    setValue(By.id("accreditedOn"), "2026-11-20");
    click(By.id("save-town"));
    waitForText(".sp-notice", "Changed " + town);
    assertTrue(text("tr[data-town='" + town + "']").contains("Accredited"));

    open("/campaigns/we-dont-buy-crime");
    WebElement row =
        browser.findElement(
            By.xpath("//section[@id='wdbc-towns']//tr[th[normalize-space()='" + town + "']]"));
    assertTrue(row.getText().contains("20 November 2026"), row.getText());
  }

  @Test
  void residentsSearchEverythingAndReachTheStaticPagesFromTheFooter() {
    open("/search?q=marking");
    List<String> kinds =
        browser.findElements(By.cssSelector("#results .govuk-caption-s")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(kinds.contains("Campaign") && kinds.contains("Advice"), kinds.toString());
    assertTrue(text("#result-count").matches("\\d+ results?"), text("#result-count"));
    open("/search?q=marking&type=campaign");
    assertTrue(
        browser.findElements(By.cssSelector("#results .govuk-caption-s")).stream()
            .allMatch(e -> e.getText().equals("Campaign")));

    open("/");
    click(By.linkText("Accessibility statement"));
    assertEquals("Accessibility statement", heading());
    assertTrue(text("#article-body").contains("WCAG") || text("#article-body").contains("2.2"));
    open("/pages/no-such-page");
    assertEquals("Page not found", heading());
  }

  private String queryParam(String name) {
    String query = URI.create(browser.getCurrentUrl()).getQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError("no " + name + " in " + browser.getCurrentUrl());
  }

  // ---- accessibility -----------------------------------------------------------------------

  @Test
  void publicAndStaffPagesMeetWcag22AaByAxe() {
    List<String> problems = new java.util.ArrayList<>();
    for (String page :
        List.of(
            "/",
            "/advice",
            "/advice?topic=burglary&area=shropshire",
            "/advice?postcode=SW1A%201AA",
            "/advice/keep-your-home-safe-from-burglars",
            "/no-such-page",
            "/campaigns",
            "/campaigns/we-dont-buy-crime",
            "/pages/accessibility-statement",
            "/search?q=burglary",
            "/admin/login")) {
      open(page);
      problems.addAll(axeViolations(page));
    }
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    problems.addAll(axeViolations("/admin"));
    open("/admin/advice");
    wait(By.cssSelector("#body .ql-editor[aria-labelledby]"));
    problems.addAll(axeViolations("/admin/advice"));
    click(By.id("save"));
    wait(By.cssSelector(".govuk-error-summary"));
    wait(By.cssSelector("#body .ql-editor[aria-labelledby]"));
    problems.addAll(axeViolations("/admin/advice with errors"));
    open("/admin/advice?slug=keep-your-home-safe-from-burglars");
    wait(By.cssSelector("#body .ql-editor[aria-labelledby]"));
    problems.addAll(axeViolations("/admin/advice existing article"));
    open("/admin/advice?type=campaign");
    wait(By.cssSelector("#body .ql-editor[aria-labelledby]"));
    problems.addAll(axeViolations("/admin/advice?type=campaign"));
    open("/admin?type=campaign&topic=burglary");
    problems.addAll(axeViolations("/admin with filters"));
    open("/admin/wdbc");
    problems.addAll(axeViolations("/admin/wdbc"));
    assertEquals(List.of(), problems);
  }

  private List<String> axeViolations(String page) {
    com.deque.html.axecore.results.Results results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(browser);
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

  // ---- helpers -----------------------------------------------------------------------------

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /**
   * Six random letters, to make a test's data its own and findable by full-text search (which
   * indexes words, not hex with digits). Letters only, so always six of them.
   */
  private static String uniqueWord() {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }

  private void signIn(String username, String password) {
    open("/admin/login");
    type(By.id("username"), username);
    type(By.id("password"), password);
    click(By.id("sign-in"));
  }

  /**
   * Scrolls the element to the middle of the window at once, then clicks it: GOV.UK's smooth
   * scrolling would otherwise move the page under a click that Selenium aimed beforehand.
   */
  private void click(By locator) {
    settle();
    WebElement element =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.elementToBeClickable(locator));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  /**
   * Waits until the page has loaded and GOV.UK Frontend has set up every component: a notification
   * banner takes focus (and scrolls) when it starts, which would move a button away from a click
   * already aimed at it.
   */
  private void settle() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            driver ->
                (Boolean)
                    ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                            "return document.readyState === 'complete' &&"
                                + " [...document.querySelectorAll('[data-module^=\\'govuk-\\']')]"
                                + ".every(e => [...e.attributes].some(a => a.name.endsWith('-init')));"));
  }

  private void open(String path) {
    browser.get(base + path);
  }

  private String heading() {
    return wait(By.tagName("h1")).getText().trim();
  }

  private String text(String css) {
    return wait(By.cssSelector(css)).getText().trim();
  }

  private List<String> resultTitles() {
    return browser.findElements(By.cssSelector("#results h2")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void type(By field, String value) {
    WebElement element = wait(field);
    element.clear();
    element.sendKeys(value);
  }

  private WebElement wait(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private void waitForUrl(String fragment) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains(fragment));
  }

  private void waitForText(String css, String expected) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
  }

  private int status(String path) throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    return http.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  // ---- API tokens ----------------------------------------------------------------------------

  @Test
  void administratorCreatesAnApiTokenSeesItsSecretOnceAndRevokesIt() throws Exception {
    String name = "Browser sync " + UUID.randomUUID().toString().substring(0, 8);
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    assertTrue(browser.findElements(By.id("tokens-link")).isEmpty());
    open("/admin/tokens");
    assertTrue(text("#forbidden").contains("Only administrators"));
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signIn("admin", PASSWORD);
    waitForUrl("/admin");
    click(By.id("tokens-link"));
    waitForUrl("/admin/tokens");
    type(By.id("name"), name);
    click(By.id("create-token"));
    String problems = wait(By.cssSelector(".govuk-error-summary")).getText();
    assertTrue(problems.contains("Choose what the token may do"), problems);
    assertTrue(text("#scope-error").contains("Choose what the token may do"));
    assertEquals(name, browser.findElement(By.id("name")).getAttribute("value"));

    click(By.cssSelector("label[for='scope-read']"));
    click(By.id("create-token"));
    String secret = wait(By.id("token-secret")).getAttribute("value");
    assertTrue(secret.startsWith("spt_"), secret);
    assertTrue(text("#created-token").contains(name));
    assertTrue(text(".govuk-warning-text").contains("will not be shown again"));
    assertEquals(List.of(), axeViolations("/admin/tokens with a new token"));
    assertEquals(200, apiStatusWith(secret));

    open("/admin/tokens");
    By row = By.cssSelector("tr[data-token='" + name + "']");
    String listed = text("tr[data-token='" + name + "']");
    assertTrue(listed.contains("Read only") && listed.contains("active"), listed);
    assertTrue(listed.contains(secret.substring(0, 12)), listed);
    assertTrue(browser.findElements(By.id("token-secret")).isEmpty(), "secret shown twice");
    assertFalse(browser.getPageSource().contains(secret), "secret in the page again");

    click(By.cssSelector("tr[data-token='" + name + "'] input[value='Revoke']"));
    assertTrue(text("#confirm").contains(name));
    click(By.id("cancel-revoke"));
    wait(row);
    assertTrue(browser.findElements(By.id("confirm-revoke")).isEmpty());
    assertEquals(200, apiStatusWith(secret));

    click(By.cssSelector("tr[data-token='" + name + "'] input[value='Revoke']"));
    click(By.id("confirm-revoke"));
    waitForText(".sp-notice", "revoked");
    assertTrue(text("tr[data-token='" + name + "']").contains("revoked"));
    assertEquals(401, apiStatusWith(secret));
  }

  /** Calls the staff advice list of the content API as a machine client would: the status. */
  private int apiStatusWith(String secret) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/advice?state=draft"))
                .header("Authorization", "Bearer " + secret)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  // ---- media library ------------------------------------------------------------------------

  @Test
  void editorUploadsAnImageWithAltTextAndSeesItInTheLibrary() throws Exception {
    String unique = uniqueWord();
    java.nio.file.Path png = java.nio.file.Files.createTempFile("shed-" + unique + "-", ".png");
    var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, 0x1d70b8);
    javax.imageio.ImageIO.write(image, "png", png.toFile());
    String alt = "A padlock on a shed door " + unique;

    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    click(By.id("media-link"));
    waitForUrl("/admin/media");
    wait(By.id("file")).sendKeys(png.toAbsolutePath().toString());
    type(By.id("title"), "Shed padlock " + unique);
    click(By.id("upload-file"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(summary.getText().contains("Enter alt text"), summary.getText());
    assertTrue(text("#alt-error").contains("Enter alt text"), text("#alt-error"));
    assertEquals(
        "Shed padlock " + unique, browser.findElement(By.id("title")).getAttribute("value"));

    wait(By.id("file")).sendKeys(png.toAbsolutePath().toString());
    type(By.id("alt"), alt);
    click(By.id("upload-file"));
    waitForText(".sp-notice", "File uploaded");
    WebElement thumbnail = wait(By.cssSelector("#media img[alt='" + alt + "']"));
    Object width =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeAsyncScript(
                "const img = arguments[0], done = arguments[arguments.length - 1];"
                    + " if (img.complete) { done(img.naturalWidth); }"
                    + " else { img.onload = () => done(img.naturalWidth);"
                    + " img.onerror = () => done(0); }",
                thumbnail);
    assertEquals(40L, ((Number) width).longValue(), "the thumbnail is served by the library");
    WebElement row = thumbnail.findElement(By.xpath("ancestor::tr"));
    String address = row.findElement(By.cssSelector(".sp-media-address")).getAttribute("value");
    assertTrue(
        address.matches("/api/v1/media/[0-9a-f]{32}/shed-" + unique + "-\\d+\\.png"), address);
    assertTrue(row.getText().contains("PNG image, 40 x 30"), row.getText());
    String id = address.split("/")[4];

    click(By.cssSelector("#media-" + id + " a[href*='edit=']"));
    type(By.id("edit-alt"), "A closed-shackle padlock on a shed door " + unique);
    click(By.id("save-details"));
    waitForText(".sp-notice", "Alt text saved");
    wait(
        By.cssSelector("#media img[alt='A closed-shackle padlock on a shed door " + unique + "']"));
    assertTrue(
        browser.findElements(By.cssSelector("#media-" + id + " input[value='Delete']")).isEmpty(),
        "an editor must not see Delete");

    click(By.id("sign-out"));
    waitForUrl("signedOut=true");
    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    open("/admin/media?q=" + unique);
    click(By.cssSelector("#media-" + id + " input[value='Delete']"));
    browser.switchTo().alert().accept();
    waitForText(".sp-notice", "File deleted");
    assertTrue(browser.findElements(By.id("media-" + id)).isEmpty());
    java.nio.file.Files.deleteIfExists(png);
  }

  // ---- webhooks and the portal's cache --------------------------------------------------------

  @Test
  void aPublishedChangeShowsOnThePublicPageDespiteTheCache() throws Exception {
    String unique = uniqueWord();
    signIn("publisher", PASSWORD);
    waitForUrl("/admin");
    String slug = writeArticle("Cached shed advice " + unique, "First words.");
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");
    open("/advice/" + slug);
    assertEquals("Cached shed advice " + unique, heading());
    apiProxy.down(); // with the API out of reach, only the cache can answer
    try {
      open("/advice/" + slug);
      assertEquals("Cached shed advice " + unique, heading(), "read again, from the cache");
    } finally {
      apiProxy.up();
    }

    // the title changes through the API, not through this portal: only the webhook can tell it
    republishThroughTheApi(slug, "Renamed shed advice " + unique);

    // the cache keeps pages for five minutes; the purge makes the change show within seconds
    long deadline = System.currentTimeMillis() + 10_000;
    open("/advice/" + slug);
    while (!heading().equals("Renamed shed advice " + unique)
        && System.currentTimeMillis() < deadline) {
      sleep(200);
      open("/advice/" + slug);
    }
    assertEquals("Renamed shed advice " + unique, heading());
    assertTrue(text("#article-body").contains("New words."));
  }

  @Test
  void aPurgeOneInstanceReceivesReachesTheOtherInstancesOfItsCluster() throws Exception {
    String unique = uniqueWord();
    try (PortalClusterMember other = PortalClusterMember.start(base + "/api/v1")) {
      // the content API's webhook reaches this instance only: the other has no hook at all
      assertEquals(
          404,
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(other.base() + "/hooks/content"))
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode());
      signIn("publisher", PASSWORD);
      waitForUrl("/admin");
      String slug = writeArticle("Clustered shed advice " + unique, "First words.");
      click(By.id("publish"));
      waitForText(".sp-notice", "Article published");
      for (String instance : List.of(base, other.base())) {
        assertEquals("Clustered shed advice " + unique, headingAt(instance + "/advice/" + slug));
        assertEquals("Clustered shed advice " + unique, headingAt(instance + "/advice/" + slug));
      }

      republishThroughTheApi(slug, "Renamed clustered shed advice " + unique);

      // both caches keep pages for five minutes; the purge reaches both within seconds
      long deadline = System.currentTimeMillis() + 15_000;
      for (String instance : List.of(base, other.base())) {
        String url = instance + "/advice/" + slug;
        while (!headingAt(url).equals("Renamed clustered shed advice " + unique)
            && System.currentTimeMillis() < deadline) {
          sleep(200);
        }
        assertEquals(
            "Renamed clustered shed advice " + unique, headingAt(url), "read at " + instance);
      }
    }
  }

  /** The page heading at an address, read without the browser (a second instance's pages). */
  private static String headingAt(String url) throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode(), url);
    return org.jsoup.Jsoup.parse(page.body()).select("h1").first().text();
  }

  @Test
  void theCachePurgeAddressRefusesUnsignedAndStaleCalls() throws Exception {
    String body = "{\"event\":\"content.published\",\"slug\":\"anything\"}";
    long now = System.currentTimeMillis() / 1000;
    assertEquals(401, postHook(body, null, null));
    assertEquals(401, postHook(body, Long.toString(now), "sha256=" + "0".repeat(64)));
    assertEquals(
        401, postHook(body, Long.toString(now - 301), signature(now - 301, body)), "stale");
    assertEquals(
        401, postHook(body + " ", Long.toString(now), signature(now, body)), "body changed");
    assertEquals(204, postHook(body, Long.toString(now), signature(now, body)));
  }

  @Test
  void administratorsAddAWebhookSeeItsSecretOnceAndReadItsDeliveries() {
    String unique = uniqueWord();
    String name = "Partner feed " + unique;
    signIn("editor", PASSWORD);
    waitForUrl("/admin");
    assertTrue(browser.findElements(By.id("webhooks-link")).isEmpty());
    open("/admin/webhooks");
    assertTrue(text("#forbidden").contains("Only administrators"));
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signIn("admin", PASSWORD);
    waitForUrl("/admin");
    click(By.id("webhooks-link"));
    waitForUrl("/admin/webhooks");
    assertTrue(text("#webhooks").contains("Portal cache purge"), "the configured webhook");
    type(By.id("name"), name);
    type(By.id("url"), "not an address");
    click(By.id("add"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(summary.getText().contains("Enter a full web address"), summary.getText());
    assertTrue(text("#url-error").contains("Enter a full web address"));
    assertEquals(name, browser.findElement(By.id("name")).getAttribute("value"));

    // a receiver that refuses every call (the portal's own hook, with another secret)
    type(By.id("url"), base + "/hooks/content");
    click(By.id("add"));
    assertTrue(text("#new-webhook").contains(name));
    assertTrue(text("#new-secret").matches("[0-9a-f]{64}"), text("#new-secret"));
    assertEquals(List.of(), axeViolations("/admin/webhooks with a new secret"));
    open("/admin/webhooks");
    assertTrue(browser.findElements(By.id("new-secret")).isEmpty(), "the secret shows once");
    assertTrue(text("#webhooks").contains(name));

    String slug = writeArticle("Hooked shed advice " + unique, "Words.");
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");
    open("/admin/webhooks");
    click(By.linkText(name));
    waitForUrl("webhook=");
    long deadline = System.currentTimeMillis() + 15_000;
    while (!text("#deliveries").contains("401") && System.currentTimeMillis() < deadline) {
      sleep(300);
      browser.navigate().refresh();
    }
    String log = text("#deliveries");
    assertTrue(log.contains("content.published") && log.contains("401"), log);
    assertEquals(List.of(), axeViolations("/admin/webhooks delivery log"));
    click(By.cssSelector("#deliveries input[value='Send again']"));
    waitForText(".sp-notice", "sent again");

    click(By.cssSelector("input[aria-label='Delete " + name + "']"));
    browser.switchTo().alert().accept();
    waitForText(".sp-notice", "Webhook deleted");
    assertFalse(text("#webhooks").contains(name));
    assertTrue(slug.startsWith("hooked-shed-advice-"), slug);
  }

  /**
   * Changes an article's title and body through the content API, as another member of staff would,
   * and publishes the change; the portal learns of it only through the webhook.
   */
  private void republishThroughTheApi(String slug, String title) throws Exception {
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
                        URI.create(base + "/api/v1/admin/advice/" + slug + "/publish"))
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
  private HttpResponse<String> changeThroughTheApi(String slug, String json) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String token = apiToken("publisher");
    URI article = URI.create(base + "/api/v1/admin/advice/" + slug);
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
  private int purgePortalCache() throws Exception {
    String body = "{\"event\":\"content.published\"}";
    long now = System.currentTimeMillis() / 1000;
    return postHook(body, Long.toString(now), signature(now, body));
  }

  private int postHook(String body, String timestamp, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/hooks/content"))
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
  private static String signature(long timestamp, String body) throws Exception {
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
