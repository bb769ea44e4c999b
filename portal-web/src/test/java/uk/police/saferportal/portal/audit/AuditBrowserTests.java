package uk.police.saferportal.portal.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.police.saferportal.portal.support.BrowserSteps;

/** The audit log, for administrators only. */
public interface AuditBrowserTests extends BrowserSteps {

  @Test
  default void administratorsReadTheAuditLogAndOthersCannot() {
    signInAs("editor");
    assertTrue(browser().findElements(By.id("audit-link")).isEmpty());
    open("/admin/audit");
    assertTrue(text("#forbidden").contains("Only administrators"));
    click(By.id("sign-out"));
    waitForUrl("signedOut=true");

    signInAs("admin");
    click(By.id("audit-link"));
    waitForUrl("/admin/audit");
    String log = text("#audit");
    assertTrue(log.contains("auth.sign-in"), log);
    open("/admin/audit?subjectType=advice&subjectRef=keep-your-home-safe-from-burglars");
    String history = text("#audit");
    assertTrue(history.contains("advice.create") && history.contains("advice.publish"), history);
  }
}
