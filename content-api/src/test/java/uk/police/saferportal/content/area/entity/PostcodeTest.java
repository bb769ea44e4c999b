package uk.police.saferportal.content.area.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

  @ParameterizedTest
  @CsvSource({
    "WR5 2EX, WR5, WR",
    "wr52ex, WR5, WR",
    "  tf11 8pd , TF11, TF",
    "B60 1AA, B60, B",
    "HR1, HR1, HR",
    "sy3 9ab, SY3, SY"
  })
  void readsOutwardCodeAndAreaHoweverTyped(String typed, String outward, String area) {
    Postcode postcode = Postcode.parse(typed).orElseThrow();
    assertEquals(outward, postcode.outward());
    assertEquals(area, postcode.area());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hello", "12345", "WR5 2EXX", "W", "<script>", "WR5 2E"})
  void rejectsTextThatIsNotAPostcode(String typed) {
    assertTrue(Postcode.parse(typed).isEmpty());
  }
}
