package uk.police.saferportal.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.police.saferportal.portal.support.BrowserSteps;

/**
 * What every page shares: helpful 404s, clean addresses and branding, kind words when the API is
 * down, WCAG 2.2 AA.
 */
public interface PublicSiteBrowserTests extends BrowserSteps {

  @Test
  default void unknownAddressesGetAHelpfulNotFoundPage() throws Exception {
    assertEquals(404, status("/advice/no-such-article"));
    assertEquals(404, status("/no-such-page"));
    open("/advice/no-such-article");
    assertEquals("Page not found", heading());
    assertTrue(
        browser().findElement(By.linkText("search all crime prevention advice")).isDisplayed());
  }

  @Test
  default void publicPagesHaveCleanAddressesAndBranding() throws Exception {
    assertEquals(200, status("/"));
    assertEquals(200, status("/advice"));
    assertEquals(200, status("/advice/keep-your-home-safe-from-burglars"));
    open("/advice");
    assertTrue(text(".govuk-header").contains("Safer West Mercia"));
    assertTrue(
        browser()
            .findElement(By.cssSelector("a.govuk-skip-link"))
            .getAttribute("href")
            .endsWith("#main-content"));
  }

  @Test
  default void pagesSayKindlyWhenTheContentApiIsDown() throws Exception {
    // pages other tests read may be cached; this is about what residents see with nothing cached
    assertEquals(204, purgePortalCache());
    apiProxy().down();
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
      apiBack();
    }
    open("/advice?topic=burglary");
    assertEquals("Burglary advice", heading());
  }

  @Test
  default void theBackOfficeSignInPreviewAndTokenPagesAreNeverStored() throws Exception {
    for (String page :
        List.of(
            "/admin/login",
            "/admin",
            "/admin/advice",
            "/admin/preview?token=not-a-real-one",
            "/admin/tokens")) {
      HttpResponse<String> answer = answer(page);
      assertEquals("no-store", cacheControl(answer), page + " (" + answer.statusCode() + ")");
      assertTrue(answer.headers().firstValue("ETag").isEmpty(), page);
    }
    signInAs("editor");
    for (String page : List.of("/admin", "/admin/advice", "/admin/tokens")) {
      HttpResponse<String> answer = answer(page, "Cookie", browserCookies());
      assertEquals(200, answer.statusCode(), page + " signed in");
      assertEquals("no-store", cacheControl(answer), page + " signed in");
    }
  }

  @Test
  default void aSignedInStaffMembersViewOfAPublicPageIsNeverShared() throws Exception {
    String page = "/advice/keep-your-home-safe-from-burglars";
    assertTrue(cacheControl(answer(page)).startsWith("public"), "anonymous: public");
    signInAs("editor");
    HttpResponse<String> staffView = answer(page, "Cookie", browserCookies());
    assertEquals(200, staffView.statusCode());
    assertEquals("private, no-cache", cacheControl(staffView));
    assertTrue(staffView.headers().firstValue("ETag").isEmpty());
  }

  @Test
  default void aPageNamingTheResidentsPostcodeIsNeverShared() throws Exception {
    HttpResponse<String> answer = answer("/advice?postcode=HR1%202HX");
    assertEquals(200, answer.statusCode());
    assertEquals("private, no-cache", cacheControl(answer));
  }

  @Test
  default void publicAndStaffPagesMeetWcag22AaByAxe() {
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
    signInAs("editor");
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
}
