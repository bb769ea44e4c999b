package uk.police.saferportal.content.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeaderGrammarTest {

  @Test
  void takesTheContentTypesClientsReallySend() {
    for (String value :
        new String[] {
          "application/json",
          "application/json; charset=UTF-8",
          "application/json;charset=\"utf-8\"",
          "multipart/form-data; boundary=----x123",
          "APPLICATION/JSON",
          "text/plain; q=0.5"
        }) {
      assertTrue(HeaderGrammar.contentType(value), value);
    }
  }

  @Test
  void refusesContentTypesTheServerCouldNotParse() {
    for (String value :
        new String[] {
          "application/json; q=x",
          "application/json; charset=nonsense",
          "application/json;;",
          "application/json; charset",
          "garbage",
          "",
          "application/json, text/plain",
          "application/json; a=\"unterminated"
        }) {
      assertFalse(HeaderGrammar.contentType(value), value);
    }
  }

  @Test
  void takesTheAcceptHeadersClientsReallySend() {
    for (String value :
        new String[] {
          "*/*",
          "application/json",
          "application/json, */*;q=0.5",
          "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8",
          "application/json;q=1.000",
          "application/json;q=0",
          "application/json , , text/*;q=0.1"
        }) {
      assertTrue(HeaderGrammar.accept(value), value);
    }
  }

  @Test
  void refusesAcceptHeadersTheServerCouldNotParse() {
    for (String value :
        new String[] {
          "*/*;q=garbage",
          "application/json;q=2",
          "application/json;q=",
          ";;",
          "application/json, */*;q=0.5, text/*;q=x",
          "json",
          "application/json;q=0.1234"
        }) {
      assertFalse(HeaderGrammar.accept(value), value);
    }
  }
}
