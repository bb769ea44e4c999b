package uk.police.saferportal.content.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PublicReadsTest {
  @Test
  void theKeyIsThePathAndTheParametersSortedByName() {
    assertEquals(
        "/api/v1/advice?area=shropshire&q=shed%20lock&size=5",
        PublicReads.key("/api/v1/advice", "size=5&q=shed%20lock&area=shropshire"));
    assertEquals("/api/v1/advice", PublicReads.key("/api/v1/advice", null));
    assertEquals("/api/v1/advice", PublicReads.key("/api/v1/advice", ""));
  }

  @Test
  void oneNamesValuesKeepTheirOrderAndEmptyParametersAreLeftOut() {
    assertEquals(
        "/api/v1/advice?fields=title&topic=b&topic=a",
        PublicReads.key("/api/v1/advice", "topic=b&&fields=title&topic=a&"));
    assertNotEquals(
        PublicReads.key("/api/v1/advice", "topic=a&topic=b"),
        PublicReads.key("/api/v1/advice", "topic=b&topic=a"));
  }

  @Test
  void anEncodedValueCannotPassForAnotherParameter() {
    // q="x&size=1" arrives encoded; decoded, it would read as q=x and size=1
    assertNotEquals(
        PublicReads.key("/api/v1/advice", "q=x%26size%3D1"),
        PublicReads.key("/api/v1/advice", "q=x&size=1"));
  }

  @Test
  void thePathIsPartOfTheKey() {
    assertNotEquals(
        PublicReads.key("/api/v1/advice", "size=5"),
        PublicReads.key("/api/v1/campaigns", "size=5"));
  }
}
