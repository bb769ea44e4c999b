package uk.police.saferportal.portal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.portal.platform.control.HookSignature.Verdict;

class HookSignatureTest {
  private static final String SECRET = "It is a secret to everybody";
  private static final String BODY = "{\"id\":\"d-1\",\"event\":\"content.published\"}";
  private static final Instant SENT = Instant.ofEpochSecond(1_700_000_000L);

  /**
   * The known answer the content API's own test uses, computed independently with {@code printf
   * '%s' '1700000000.<body>' | openssl dgst -sha256 -hmac '<secret>'}.
   */
  private static final String SIGNATURE =
      "sha256=69fea9bf9d79938eac9530d70669c629830745a3a3866e3225adbdd943de0803";

  @Test
  void acceptsTheContentApisSignatureWithinFiveMinutes() {
    assertEquals(Verdict.VALID, check("1700000000", BODY, SIGNATURE, SENT));
    assertEquals(Verdict.VALID, check("1700000000", BODY, SIGNATURE, SENT.plusSeconds(300)));
    assertEquals(Verdict.VALID, check("1700000000", BODY, SIGNATURE, SENT.minusSeconds(300)));
  }

  @Test
  void refusesOldOrFutureTimestamps() {
    assertEquals(Verdict.STALE, check("1700000000", BODY, SIGNATURE, SENT.plusSeconds(301)));
    assertEquals(Verdict.STALE, check("1700000000", BODY, SIGNATURE, SENT.minusSeconds(301)));
  }

  @Test
  void refusesAnyChangeToBodyTimestampOrSignature() {
    assertEquals(Verdict.WRONG, check("1700000000", BODY + " ", SIGNATURE, SENT));
    assertEquals(Verdict.WRONG, check("1700000001", BODY, SIGNATURE, SENT));
    assertEquals(Verdict.WRONG, check("1700000000", BODY, SIGNATURE.replace('6', '7'), SENT));
    assertEquals(Verdict.WRONG, check("soon", BODY, SIGNATURE, SENT));
    assertEquals(
        Verdict.WRONG, HookSignature.check("another secret", "1700000000", BODY, SIGNATURE, SENT));
  }

  @Test
  void refusesMissingParts() {
    assertEquals(Verdict.MISSING, check(null, BODY, SIGNATURE, SENT));
    assertEquals(Verdict.MISSING, check("1700000000", BODY, null, SENT));
    assertEquals(Verdict.MISSING, HookSignature.check("", "1700000000", BODY, SIGNATURE, SENT));
  }

  private static Verdict check(String timestamp, String body, String signature, Instant now) {
    return HookSignature.check(SECRET, timestamp, body, signature, now);
  }
}
