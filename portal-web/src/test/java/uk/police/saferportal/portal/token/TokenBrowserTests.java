package uk.police.saferportal.portal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.police.saferportal.portal.support.BrowserSteps;

/** API tokens: created with the secret shown once, and revoked. */
public interface TokenBrowserTests extends BrowserSteps {

  @Test
  default void administratorCreatesAnApiTokenSeesItsSecretOnceAndRevokesIt() throws Exception {
    String name = "Browser sync " + UUID.randomUUID().toString().substring(0, 8);
    signInAs("editor");
    assertTrue(browser().findElements(By.id("tokens-link")).isEmpty());
    open("/admin/tokens");
    assertTrue(text("#forbidden").contains("Only administrators"));
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signInAs("admin");
    click(By.id("tokens-link"));
    waitForUrl("/admin/tokens");
    type(By.id("name"), name);
    click(By.id("create-token"));
    String problems = wait(By.cssSelector(".govuk-error-summary")).getText();
    assertTrue(problems.contains("Choose what the token may do"), problems);
    assertTrue(text("#scope-error").contains("Choose what the token may do"));
    assertEquals(name, browser().findElement(By.id("name")).getAttribute("value"));

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
    assertTrue(browser().findElements(By.id("token-secret")).isEmpty(), "secret shown twice");
    assertFalse(browser().getPageSource().contains(secret), "secret in the page again");

    click(By.cssSelector("tr[data-token='" + name + "'] input[value='Revoke']"));
    assertTrue(text("#confirm").contains(name));
    click(By.id("cancel-revoke"));
    wait(row);
    assertTrue(browser().findElements(By.id("confirm-revoke")).isEmpty());
    assertEquals(200, apiStatusWith(secret));

    click(By.cssSelector("tr[data-token='" + name + "'] input[value='Revoke']"));
    click(By.id("confirm-revoke"));
    waitForText(".sp-notice", "revoked");
    assertTrue(text("tr[data-token='" + name + "']").contains("revoked"));
    assertEquals(401, apiStatusWith(secret));
  }

  /** Calls the staff advice list of the content API as a machine client would: the status. */
  default int apiStatusWith(String secret) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/admin/advice?state=draft"))
                .header("Authorization", "Bearer " + secret)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
