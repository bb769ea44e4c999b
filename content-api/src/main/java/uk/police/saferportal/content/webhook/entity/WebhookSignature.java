package uk.police.saferportal.content.webhook.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code sha256=} and the hex HMAC-SHA256, keyed with the UTF-8 bytes
 * of the webhook's secret, of {@code timestamp + "." + body}. Signing the timestamp lets a receiver
 * refuse old deliveries replayed later.
 */
public final class WebhookSignature {
  public static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  public static String sign(String secret, long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
    }
  }

  /** Compares in constant time, so the answer's timing does not reveal the right signature. */
  public static boolean verify(String secret, long epochSeconds, String body, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(secret, epochSeconds, body).getBytes(StandardCharsets.US_ASCII),
        signature.trim().getBytes(StandardCharsets.US_ASCII));
  }
}
