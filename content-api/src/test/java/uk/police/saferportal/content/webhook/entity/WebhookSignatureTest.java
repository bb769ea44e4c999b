package uk.police.saferportal.content.webhook.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final String SECRET = "It is a secret to everybody";
  private static final String BODY = "{\"id\":\"d-1\",\"event\":\"content.published\"}";

  /**
   * Known answer, computed independently with {@code printf '%s' '1700000000.<body>' | openssl dgst
   * -sha256 -hmac '<secret>'}.
   */
  @Test
  void signsTimestampDotBodyWithHmacSha256() {
    assertEquals(
        "sha256=69fea9bf9d79938eac9530d70669c629830745a3a3866e3225adbdd943de0803",
        WebhookSignature.sign(SECRET, 1_700_000_000L, BODY));
  }

  @Test
  void verifiesOnlyTheExactSecretTimestampAndBody() {
    String signature = WebhookSignature.sign(SECRET, 1_700_000_000L, BODY);
    assertTrue(WebhookSignature.verify(SECRET, 1_700_000_000L, BODY, signature));
    assertFalse(WebhookSignature.verify("another secret", 1_700_000_000L, BODY, signature));
    assertFalse(WebhookSignature.verify(SECRET, 1_700_000_001L, BODY, signature));
    assertFalse(WebhookSignature.verify(SECRET, 1_700_000_000L, BODY + " ", signature));
    assertFalse(WebhookSignature.verify(SECRET, 1_700_000_000L, BODY, null));
  }
}
