package uk.police.saferportal.portal.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.police.saferportal.portal.support.BrowserSteps;

/**
 * Residents find advice by topic, search and postcode, and read articles (sensitive ones with their
 * note and quick exit).
 */
public interface AdviceBrowserTests extends BrowserSteps {

  @Test
  default void residentFindsAdviceByTopicAndReadsIt() {
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
    assertTrue(browser().getTitle().startsWith(title));
    assertTrue(text("aside").contains("Burglary"), "the article is not about burglary");
    assertFalse(text("#article-body").isBlank());
  }

  @Test
  default void residentSearchesAdviceAndReadsTheResult() {
    open("/advice");
    type(By.id("q"), "rogue traders");
    click(By.cssSelector("#filters button[type=submit]"));
    waitForUrl("q=rogue");
    assertEquals("1 article", text("#result-count"));
    click(By.linkText("Spot and stop doorstep scams"));
    assertEquals("Spot and stop doorstep scams", heading());
  }

  @Test
  default void residentFindsAdviceForTheirPostcode() {
    open("/");
    type(By.id("postcode"), "tf1 2aa");
    click(By.cssSelector("form.sp-card button"));
    waitForUrl("postcode=");
    assertEquals("Crime prevention advice for Telford & Wrekin", heading());
    for (WebElement meta : browser().findElements(By.cssSelector("#results .sp-meta"))) {
      String areas = meta.getText();
      assertTrue(!areas.contains("·") || areas.contains("Telford & Wrekin"), areas);
    }
    open("/advice?postcode=tf1%202aa&q=bike");
    assertTrue(resultTitles().contains("Bike security in Telford"));
    open("/advice?postcode=tf1%202aa&q=machinery");
    assertEquals(List.of(), resultTitles());

    open("/advice?postcode=SW1A%201AA");
    assertTrue(text(".govuk-error-summary").contains("could not find a West Mercia area"));
    assertEquals("SW1A 1AA", browser().findElement(By.id("postcode")).getAttribute("value"));
  }

  @Test
  default void sensitiveAdviceShowsItsContentNoteAndAQuickExit() {
    String unique = uniqueWord();
    String title = "Coercive control " + unique;
    String note = "This page talks about coercive control " + unique + ".";
    signInAs("publisher");
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
    assertEquals(title, browser().findElement(By.id("title")).getAttribute("value"), "input kept");
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
    new WebDriverWait(browser(), Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#quick-exit .govuk-exit-this-page__indicator")));
    assertEquals(List.of(), axeViolations("/advice/" + slug + " (sensitive)"));

    open("/advice/keep-your-home-safe-from-burglars");
    assertTrue(browser().findElements(By.id("quick-exit")).isEmpty(), "only on sensitive topics");
    assertTrue(browser().findElements(By.id("content-note")).isEmpty());
  }
}
