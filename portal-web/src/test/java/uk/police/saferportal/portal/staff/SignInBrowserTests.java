package uk.police.saferportal.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.police.saferportal.portal.support.BrowserSteps;

/** Staff sign-in: wrong passwords and locked accounts are explained. */
public interface SignInBrowserTests extends BrowserSteps {

  @Test
  default void wrongPasswordIsExplainedOnTheSignInPage() {
    signIn("editor", "not-the-password");
    assertTrue(text(".govuk-error-summary").contains("username or password is not right"));
    assertEquals("editor", browser().findElement(By.id("username")).getAttribute("value"));
    open("/admin");
    waitForUrl("/admin/login");
  }

  /**
   * The browser() tests run with a 20-minute lock (see the pom), so the words must be the API's.
   */
  @Test
  default void aLockedAccountIsToldForHowLong() throws Exception {
    String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
    HttpClient http = HttpClient.newHttpClient();
    String token = apiToken("admin");
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/admin/staff"))
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
    String error = "";
    for (int i = 0; i < 5; i++) {
      signIn(username, "wrong-password");
      // each answer before the next attempt: opening the form again could cancel a sent one
      error = text(".govuk-error-summary");
    }
    assertTrue(error.contains("locked") && error.contains("Try again in 20 minutes"), error);
  }
}
