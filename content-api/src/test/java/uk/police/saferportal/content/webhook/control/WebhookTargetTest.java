package uk.police.saferportal.content.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.platform.entity.ProblemException;

class WebhookTargetTest {
  private static String refusedField(String url, boolean httpAllowed) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> WebhookDesk.target(url, httpAllowed));
    return refused.problem().errors().get(0).field();
  }

  @Test
  void httpsIsAlwaysAccepted() {
    assertEquals(
        "https://hooks.example.org/in",
        WebhookDesk.target(" https://hooks.example.org/in ", false).toString());
  }

  @Test
  void plainHttpOnlyWhereAllowed() {
    assertEquals("url", refusedField("http://portal-web:8080/hooks/content", false));
    assertEquals(
        "http://portal-web:8080/hooks/content",
        WebhookDesk.target("http://portal-web:8080/hooks/content", true).toString());
  }

  @Test
  void otherSchemesRelativeAddressesAndUserInfoAreRefused() {
    for (String url :
        new String[] {"ftp://example.org/x", "/hooks/content", "not a url", "https://u:p@x.org/"}) {
      assertEquals("url", refusedField(url, true), url);
    }
  }
}
