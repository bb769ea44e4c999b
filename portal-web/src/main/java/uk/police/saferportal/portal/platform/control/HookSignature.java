package uk.police.saferportal.portal.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook call from the content API: {@code X-SaferPortal-Signature} must be {@code
 * sha256=} and the hex HMAC-SHA256, keyed with the shared secret, of {@code timestamp + "." +
 * body}; and {@code X-SaferPortal-Timestamp} must be within five minutes of now, so a call recorded
 * once cannot be replayed later.
 */
public final class HookSignature {
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** The outcome of a check. */
  public enum Verdict {
    VALID,
    MISSING,
    STALE,
    WRONG
  }

  private HookSignature() {}

  public static Verdict check(
      String secret, String timestamp, String body, String signature, Instant now) {
    if (secret == null || secret.isBlank() || timestamp == null || signature == null) {
      return Verdict.MISSING;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      return Verdict.WRONG;
    }
    if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
      return Verdict.STALE;
    }
    boolean same =
        MessageDigest.isEqual(
            sign(secret, seconds, body).getBytes(StandardCharsets.US_ASCII),
            signature.trim().getBytes(StandardCharsets.US_ASCII));
    return same ? Verdict.VALID : Verdict.WRONG;
  }

  static String sign(String secret, long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
    }
  }
}
