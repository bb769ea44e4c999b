package uk.police.saferportal.portal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageLinksTest {

  @Test
  void keepsFiltersInUseAndEncodesThem() {
    assertEquals(
        "?page=2&topic=burglary&q=rogue+traders+%26+more",
        PageLinks.of(2, "topic", "burglary", "area", " ", "q", " rogue traders & more"));
  }

  @Test
  void leavesOutMissingFilters() {
    assertEquals("?page=1", PageLinks.of(1, "state", null));
  }
}
