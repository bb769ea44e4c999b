package uk.police.saferportal.portal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentKindTest {

  @Test
  void eachTypeHasItsCollectionAndWords() {
    assertEquals("campaigns", ContentKind.of("campaign").collection());
    assertEquals("pages", ContentKind.of("page").collection());
    assertEquals("article", ContentKind.of("advice").noun());
    assertEquals(
        "/campaigns/we-dont-buy-crime", Content.publicPathOf("campaign", "we-dont-buy-crime"));
  }

  @Test
  void anUnknownOrMissingTypeIsAdvice() {
    assertEquals(ContentKind.ADVICE, ContentKind.of(null));
    assertEquals(ContentKind.ADVICE, ContentKind.of("leaflet"));
    assertEquals("Advice", ContentKind.of("leaflet").label());
  }
}
