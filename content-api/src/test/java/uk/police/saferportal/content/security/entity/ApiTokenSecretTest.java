package uk.police.saferportal.content.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenSecretTest {

  @Test
  void isTheRecognisablePrefixAnd256RandomBitsInBase64Url() {
    String value = ApiTokenSecret.generate().value();
    assertTrue(value.startsWith("spt_"), value);
    assertEquals(4 + 43, value.length());
    byte[] random = Base64.getUrlDecoder().decode(value.substring(4));
    assertEquals(32, random.length);
    assertTrue(value.substring(4).matches("[A-Za-z0-9_-]+"), value);
  }

  @Test
  void everySecretIsDifferent() {
    Set<String> seen = new HashSet<>();
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(ApiTokenSecret.generate(random).value()));
    }
  }

  @Test
  void hashIsTheHexSha256AndNotTheSecret() {
    ApiTokenSecret secret = ApiTokenSecret.generate();
    assertTrue(secret.hash().matches("[0-9a-f]{64}"), secret.hash());
    assertEquals(ApiTokenSecret.hashOf(secret.value()), secret.hash());
    assertNotEquals(ApiTokenSecret.generate().hash(), secret.hash());
    // SHA-256 of "abc" (FIPS 180-2 test vector), so the stored hash is portable and checkable.
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ApiTokenSecret.hashOf("abc"));
  }

  @Test
  void showsOnlyAShortPrefixAndNeverPrintsItself() {
    ApiTokenSecret secret = ApiTokenSecret.generate();
    assertEquals(12, secret.visiblePrefix().length());
    assertTrue(secret.value().startsWith(secret.visiblePrefix()));
    assertFalse(secret.toString().contains(secret.value()));
  }

  @Test
  void recognisesOnlyWellFormedSecrets() {
    String good = ApiTokenSecret.generate().value();
    assertTrue(ApiTokenSecret.isWellFormed(good));
    assertFalse(ApiTokenSecret.isWellFormed(null));
    assertFalse(ApiTokenSecret.isWellFormed(""));
    assertFalse(ApiTokenSecret.isWellFormed(good.substring(4)), "staff tokens have no prefix");
    assertFalse(ApiTokenSecret.isWellFormed(good + "x"));
    assertFalse(ApiTokenSecret.isWellFormed(good.substring(0, good.length() - 1)));
    assertFalse(ApiTokenSecret.isWellFormed("spt_" + "+".repeat(43)));
    assertThrows(IllegalArgumentException.class, () -> new ApiTokenSecret("garbage"));
  }
}
