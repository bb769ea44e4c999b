package uk.police.saferportal.portal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.saferportal.portal.support.BrowserSteps;

/** Webhooks: the secret shown once, the delivery log, sending again. */
public interface WebhookBrowserTests extends BrowserSteps {

  @Test
  default void administratorsAddAWebhookSeeItsSecretOnceAndReadItsDeliveries() {
    String unique = uniqueWord();
    String name = "Partner feed " + unique;
    signInAs("editor");
    assertTrue(browser().findElements(By.id("webhooks-link")).isEmpty());
    open("/admin/webhooks");
    assertTrue(text("#forbidden").contains("Only administrators"));
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signInAs("admin");
    click(By.id("webhooks-link"));
    waitForUrl("/admin/webhooks");
    assertTrue(text("#webhooks").contains("Portal cache purge"), "the configured webhook");
    type(By.id("name"), name);
    type(By.id("url"), "not an address");
    click(By.id("add"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(summary.getText().contains("Enter a full web address"), summary.getText());
    assertTrue(text("#url-error").contains("Enter a full web address"));
    assertEquals(name, browser().findElement(By.id("name")).getAttribute("value"));

    // a receiver that refuses every call (the portal's own hook, with another secret)
    type(By.id("url"), base() + "/hooks/content");
    click(By.id("add"));
    assertTrue(text("#new-webhook").contains(name));
    assertTrue(text("#new-secret").matches("[0-9a-f]{64}"), text("#new-secret"));
    assertEquals(List.of(), axeViolations("/admin/webhooks with a new secret"));
    open("/admin/webhooks");
    assertTrue(browser().findElements(By.id("new-secret")).isEmpty(), "the secret shows once");
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
      browser().navigate().refresh();
    }
    String log = text("#deliveries");
    assertTrue(log.contains("content.published") && log.contains("401"), log);
    assertEquals(List.of(), axeViolations("/admin/webhooks delivery log"));
    click(By.cssSelector("#deliveries input[value='Send again']"));
    waitForText(".sp-notice", "sent again");

    click(By.cssSelector("input[aria-label='Delete " + name + "']"));
    browser().switchTo().alert().accept();
    waitForText(".sp-notice", "Webhook deleted");
    assertFalse(text("#webhooks").contains(name));
    assertTrue(slug.startsWith("hooked-shed-advice-"), slug);
  }
}
