package uk.police.saferportal.portal.wdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.saferportal.portal.support.BrowserSteps;

/** The We Don't Buy Crime register: on the hub page by area, and kept by staff. */
public interface WdbcBrowserTests extends BrowserSteps {

  @Test
  default void theWeDontBuyCrimeHubListsTownsAndRetailersByArea() {
    open("/campaigns/we-dont-buy-crime");
    assertEquals("We Don't Buy Crime", heading());
    String towns = text("#wdbc-towns");
    assertTrue(towns.contains("Shropshire") && towns.contains("Ludlow"), towns);
    assertTrue(towns.contains("Accredited") && towns.contains("Working towards accreditation"));
    WebElement ludlow =
        browser()
            .findElement(
                By.xpath("//section[@id='wdbc-towns']//tr[th[normalize-space()='Ludlow']]"));
    assertTrue(ludlow.getText().contains("10 February 2023"), ludlow.getText());
    String retailers = text("#wdbc-retailers");
    assertTrue(retailers.contains("Castle Antiques and Collectables"), retailers);
    assertTrue(text("#call-to-action").contains("marking kit"));
  }

  @Test
  default void anEditorAddsAWeDontBuyCrimeTownAndAccreditsItAndResidentsSeeIt() {
    String town = "Testbury " + uniqueWord();
    signInAs("editor");
    click(By.id("wdbc-link"));
    waitForUrl("/admin/wdbc");
    click(By.id("save-town"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(summary.getText().contains("Enter the town or parish name"), summary.getText());
    type(By.id("name"), town);
    new org.openqa.selenium.support.ui.Select(browser().findElement(By.id("area")))
        .selectByVisibleText("Shropshire");
    click(By.cssSelector("label[for='status-accredited']"));
    click(By.id("save-town"));
    assertTrue(text("#accreditedOn-error").contains("date"), text("#accreditedOn-error"));
    assertEquals(town, browser().findElement(By.id("name")).getAttribute("value"));
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
        browser()
            .findElement(
                By.xpath("//section[@id='wdbc-towns']//tr[th[normalize-space()='" + town + "']]"));
    assertTrue(row.getText().contains("20 November 2026"), row.getText());
  }
}
