package uk.police.saferportal.portal.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.saferportal.portal.support.BrowserSteps;

/** Campaign pages: written with their own fields, scheduled, and shown to residents. */
public interface CampaignBrowserTests extends BrowserSteps {

  @Test
  default void anEditorWritesACampaignAPublisherSchedulesItAndItAppears() {
    String unique = uniqueWord();
    String title = "Shed watch week " + unique;
    signInAs("editor");
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
        "Find an event", browser().findElement(By.id("callToActionLabel")).getAttribute("value"));
    type(By.id("callToActionUrl"), "/advice");
    click(By.id("save"));
    waitForText(".sp-notice", "Campaign saved");
    assertEquals("Campaign", text("#content-type"));
    String slug = queryParam("slug");
    click(By.id("submit"));
    waitForText(".sp-notice", "Sent for review");
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signInAs("publisher");
    open("/admin?type=campaign&state=in-review&q=" + unique);
    click(By.linkText(title));
    waitForUrl("slug=" + slug);
    java.time.LocalDateTime soon = scheduleInFourSeconds();
    assertEquals("scheduled", text("#state"));
    if (java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London"))
        .isBefore(soon.minusSeconds(1))) {
      assertEquals(404, statusQuietly("/campaigns/" + slug), "not public before its time");
    }

    waitUntilPublic("/campaigns/" + slug);
    open("/campaigns");
    click(By.linkText(title));
    assertEquals(title, heading());
    assertTrue(text("#campaign-dates").contains("1 December 2026"), text("#campaign-dates"));
    assertTrue(text("#call-to-action").contains("Find an event"));
    assertTrue(text("#article-body").contains("marking event"));
  }
}
