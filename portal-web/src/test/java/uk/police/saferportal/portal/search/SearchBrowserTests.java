package uk.police.saferportal.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.saferportal.portal.support.BrowserSteps;

/** Site search over every type, and the static pages from the footer. */
public interface SearchBrowserTests extends BrowserSteps {

  @Test
  default void residentsSearchEverythingAndReachTheStaticPagesFromTheFooter() {
    open("/search?q=marking");
    List<String> kinds =
        browser().findElements(By.cssSelector("#results .govuk-caption-s")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(kinds.contains("Campaign") && kinds.contains("Advice"), kinds.toString());
    assertTrue(text("#result-count").matches("\\d+ results?"), text("#result-count"));
    open("/search?q=marking&type=campaign");
    assertTrue(
        browser().findElements(By.cssSelector("#results .govuk-caption-s")).stream()
            .allMatch(e -> e.getText().equals("Campaign")));

    open("/");
    click(By.linkText("Accessibility statement"));
    assertEquals("Accessibility statement", heading());
    assertTrue(text("#article-body").contains("WCAG") || text("#article-body").contains("2.2"));
    open("/pages/no-such-page");
    assertEquals("Page not found", heading());
  }
}
