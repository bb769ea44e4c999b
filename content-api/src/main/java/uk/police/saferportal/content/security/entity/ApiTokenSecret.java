package uk.police.saferportal.content.security.entity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import uk.police.saferportal.content.platform.entity.Secrets;

/**
 * The secret of an API token: {@code spt_} and 256 random bits in base64url. The fixed prefix lets
 * secret scanners find leaked ones. It exists in clear only in the answer that creates the token;
 * the database keeps its SHA-256 and the first few characters, so people can tell tokens apart.
 */
public record ApiTokenSecret(String value) {
  public static final String PREFIX = "spt_";
  static final int RANDOM_BYTES = 32;
  static final int VISIBLE_CHARACTERS = PREFIX.length() + 8;
  private static final Pattern FORMAT = Pattern.compile("spt_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public ApiTokenSecret {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not an API token secret");
    }
  }

  public static ApiTokenSecret generate() {
    return generate(RANDOM);
  }

  static ApiTokenSecret generate(SecureRandom random) {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return new ApiTokenSecret(
        PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Whether a bearer value has the shape of an API token (so staff tokens are not looked up). */
  public static boolean isWellFormed(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  /** The hex SHA-256 of a bearer value: what the database stores and is searched by. */
  public static String hashOf(String value) {
    return Secrets.sha256Hex(value);
  }

  public String hash() {
    return hashOf(value);
  }

  /** The beginning of the secret, safe to show: too short to be of use to anyone. */
  public String visiblePrefix() {
    return value.substring(0, VISIBLE_CHARACTERS);
  }

  /** Never the secret itself, so it cannot end up in a log by accident. */
  @Override
  public String toString() {
    return "ApiTokenSecret[" + visiblePrefix() + "...]";
  }
}
