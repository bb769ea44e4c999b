package uk.police.saferportal.content.editorial.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lock it, or lose it!|lock-it-or-lose-it",
        "We Don't Buy Crime|we-don-t-buy-crime",
        "  Café  security   |cafe-security",
        "Fraud & scams|fraud-and-scams",
        "!!!|untitled"
      })
  void isMadeFromATitle(String title, String slug) {
    assertEquals(slug, Slug.fromTitle(title).value());
  }

  @Test
  void longTitlesAreCutAtAWordBoundary() {
    String title = "word ".repeat(40);
    Slug slug = Slug.fromTitle(title);
    assertTrue(slug.value().length() <= Slug.MAX_LENGTH);
    assertFalse(slug.value().endsWith("-"));
    assertTrue(slug.value().endsWith("word"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Upper", "two--hyphens", "-leading", "trailing-", "spa ce", "é"})
  void rejectsMalformedSlugs(String value) {
    assertFalse(Slug.isValid(value));
    assertThrows(IllegalArgumentException.class, () -> new Slug(value));
  }

  @Test
  void suffixKeepsTheSlugWithinItsMaximumLength() {
    Slug base = new Slug("a".repeat(Slug.MAX_LENGTH));
    Slug second = base.withSuffix(2);
    assertTrue(second.value().endsWith("-2"));
    assertEquals(Slug.MAX_LENGTH, second.value().length());
    assertEquals("bike-security-3", new Slug("bike-security").withSuffix(3).value());
  }
}
