package uk.police.saferportal.content.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicReadsTest {
  @Test
  void theKeyIsThePathAndTheParametersSortedByName() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("size", List.of("5"));
    query.put("q", List.of("shed%20lock"));
    query.put("area", List.of("shropshire"));
    assertEquals("advice?area=shropshire&q=shed%20lock&size=5", PublicReads.key("advice", query));
    assertEquals("advice", PublicReads.key("advice", Map.of()));
  }

  @Test
  void anEncodedValueCannotPassForAnotherParameter() {
    // q="x&size=1" arrives encoded; decoded, it would read as q=x and size=1
    assertNotEquals(
        PublicReads.key("advice", Map.of("q", List.of("x%26size%3D1"))),
        PublicReads.key("advice", Map.of("q", List.of("x"), "size", List.of("1"))));
  }
}
