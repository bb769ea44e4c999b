package uk.police.saferportal.portal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryValueEncodingTest {

  @Test
  void encodesEveryCharacterATemplateOrAQueryWouldReadOtherwise() {
    assertEquals("%7Bx%7D", QueryValueEncoding.encode("{x}"));
    assertEquals("%2541%20%2B%26%3D", QueryValueEncoding.encode("%41 +&="));
    assertEquals("%C3%A9", QueryValueEncoding.encode("é"));
    assertEquals("burglary", QueryValueEncoding.encode("burglary"));
  }
}
