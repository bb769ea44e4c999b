package uk.police.saferportal.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.saferportal.portal.support.BrowserSteps;

/**
 * Writing, reviewing, scheduling, previewing, restoring and publishing content in the back office.
 */
public interface EditorialBrowserTests extends BrowserSteps {

  @Test
  default void editorWritesAnArticleAPublisherPublishesItAndResidentsSeeIt() {
    String unique = uniqueWord();
    String title = "Garden tool security " + unique;

    signInAs("editor");
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
    assertTrue(
        browser().findElements(By.id("publish")).isEmpty(), "an editor must not see Publish");
    String slug = queryParam("slug");
    assertTrue(slug.startsWith("garden-tool-security-"), slug);
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    open("/advice/" + slug);
    assertEquals("Page not found", heading());

    signInAs("publisher");
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
  default void editorSeesWhatToFixWhenTheArticleIsIncomplete() {
    signInAs("editor");
    open("/admin/advice");
    type(By.id("summary"), "A summary the editor typed");
    click(By.id("save"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(summary.getText().contains("Enter a title"), summary.getText());
    assertTrue(text("#title-error").contains("Enter a title"));
    assertEquals(
        "A summary the editor typed",
        browser().findElement(By.id("summary")).getAttribute("value"));
    click(By.linkText("Enter a title"));
    assertEquals("title", browser().switchTo().activeElement().getAttribute("id"));
  }

  @Test
  default void publisherSchedulesAnArticleThatThenAppearsOnItsOwn() {
    String unique = uniqueWord();
    String title = "Scheduled shed advice " + unique;
    signInAs("publisher");
    String slug = writeArticle(title, "Ready when the campaign starts.");

    java.time.LocalDateTime soon = scheduleInFourSeconds();
    assertEquals("scheduled", text("#state"));
    assertTrue(text("#scheduled-at").contains("Scheduled to publish at"));
    if (java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London"))
        .isBefore(soon.minusSeconds(1))) {
      assertEquals(404, statusQuietly("/advice/" + slug), "not public before its time");
    }

    waitUntilPublic("/advice/" + slug);
    open("/advice/" + slug);
    assertEquals(title, heading());
  }

  @Test
  default void publisherRestoresAnOlderRevision() {
    String unique = uniqueWord();
    String original = "Original title " + unique;
    signInAs("publisher");
    writeArticle(original, "First version.");
    type(By.id("title"), "Mistaken title " + unique);
    click(By.id("save"));
    waitForText(".sp-notice", "Article saved");
    assertEquals(
        "Mistaken title " + unique, browser().findElement(By.id("title")).getAttribute("value"));
    assertEquals(2, browser().findElements(By.cssSelector("#revisions tbody tr")).size());

    click(By.cssSelector("a[aria-label='Compare revision 1 with the latest']"));
    waitForUrl("/admin/compare");
    assertEquals("Revision 1 compared with revision 2", heading());
    String titleRow = text("#comparison .govuk-summary-list__row").replaceAll("\\s+", " ");
    assertTrue(
        titleRow.contains("removed: Original") && titleRow.contains("added: Mistaken"), titleRow);
    browser().navigate().back();
    waitForUrl("/admin/advice");

    click(By.cssSelector("input[aria-label='Restore revision 1']"));
    waitForText(".sp-notice", "Revision 1 restored");
    assertEquals(original, browser().findElement(By.id("title")).getAttribute("value"));
    assertTrue(text("#revisions tbody tr").contains("restored revision 1"));
  }

  @Test
  default void editorIsToldWhenSomeoneElseChangedTheArticleMeanwhile() throws Exception {
    String unique = uniqueWord();
    signInAs("editor");
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
        browser().findElement(By.id("summary")).getAttribute("value"));
  }

  @Test
  default void aPreviewLinkShowsADraftAsThePublicWillSeeItToItsMakerOnly() {
    String unique = uniqueWord();
    String title = "Previewed advice " + unique;
    signInAs("editor");
    String slug = writeArticle(title, "Only staff can see this draft yet.");
    click(By.id("preview"));
    waitForUrl("/admin/preview?token=");
    String previewUrl = browser().getCurrentUrl();
    assertEquals(title, heading());
    assertTrue(text("#preview-banner").contains("not published"), text("#preview-banner"));
    assertTrue(text("#article-body").contains("Only staff can see this draft yet."));
    assertEquals(List.of(), axeViolations("/admin/preview"));
    assertEquals(404, statusQuietly("/advice/" + slug));

    open("/admin");
    signOutAndSignInAs("publisher");
    browser().get(previewUrl);
    assertEquals("Preview not available", heading());
    assertTrue(text("#preview-refusal").contains("belongs to someone else"));
  }

  @Test
  default void anEditorChangesAPublishedArticleAndSendsTheChangesForAPublishersReview() {
    String unique = uniqueWord();
    String title = "Working draft advice " + unique;
    signInAs("publisher");
    String slug = writeArticle(title, "First published words.");
    click(By.id("publish"));
    waitForText(".sp-notice", "Article published");
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signInAs("editor");
    open("/admin/advice?type=advice&slug=" + slug);
    type(By.id("title"), title + " revised");
    click(By.id("save"));
    waitForText(".sp-notice", "Changes saved");
    assertTrue(text("#unpublished-changes").contains("not published yet"));
    assertEquals(title + " revised", browser().findElement(By.id("title")).getAttribute("value"));
    open("/advice/" + slug);
    assertEquals(title, heading());
    open("/admin/advice?type=advice&slug=" + slug);
    assertTrue(browser().findElements(By.id("publish")).isEmpty(), "editors do not publish");
    click(By.id("submit"));
    waitForText(".sp-notice", "Changes sent for review");
    assertTrue(text("#changes-in-review").contains("editor sent the changes for review"));
    assertTrue(browser().findElements(By.id("submit")).isEmpty(), "sent once");
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signInAs("publisher");
    open("/admin?state=in-review&q=" + unique);
    assertEquals("changes in review", text(".sp-changes-tag"));
    click(By.linkText(title));
    waitForUrl("slug=" + slug);
    assertEquals("Publish changes", browser().findElement(By.id("publish")).getAttribute("value"));
    click(By.id("publish"));
    waitForText(".sp-notice", "Changes published");
    assertTrue(browser().findElements(By.id("unpublished-changes")).isEmpty());
    open("/advice/" + slug);
    assertEquals(title + " revised", heading());
  }
}
