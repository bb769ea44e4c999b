package uk.police.saferportal.portal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedHeadersTest {

  @Test
  void keepsWellFormedRangesAndQualities() {
    assertEquals(
        "text/html,application/xhtml+xml,*/*;q=0.8",
        MalformedHeaders.readableAccept(List.of("text/html, application/xhtml+xml, */*;q=0.8")));
  }

  @Test
  void dropsQualitiesThatAreNotNumbersAndRangesThatAreNotTypes() {
    assertEquals("*/*", MalformedHeaders.readableAccept(List.of("*/*;q=garbage")));
    assertEquals("text/html", MalformedHeaders.readableAccept(List.of("text/html;q=NaN;q=")));
    assertEquals("text/html", MalformedHeaders.readableAccept(List.of("{, text/html;q=1e309")));
    assertEquals("*/*", MalformedHeaders.readableAccept(List.of(";;;")));
    assertEquals("*/*", MalformedHeaders.readableAccept(List.of(",,", "")));
  }
}
