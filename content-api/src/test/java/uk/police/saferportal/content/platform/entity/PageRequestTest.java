package uk.police.saferportal.content.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

  @Test
  void defaultsToTheFirstPageOfTen() {
    PageRequest request = PageRequest.parse(null, " ");
    assertEquals(1, request.page());
    assertEquals(10, request.size());
    assertEquals(0, request.offset());
  }

  @Test
  void offsetCountsWholePages() {
    assertEquals(40, PageRequest.parse("3", "20").offset());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 10, page",
    "-1, 10, page",
    "abc, 10, page",
    "1, 0, size",
    "1, 51, size",
    "1, x, size"
  })
  void rejectsOutOfRangeOrNonNumericValues(String page, String size, String field) {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> PageRequest.parse(page, size));
    assertEquals(400, problem.problem().status());
    assertEquals(field, problem.problem().errors().get(0).field());
  }

  @Test
  void sortAcceptsOnlyNamedFields() {
    assertEquals(
        new SortOrder("title", true), SortOrder.parse("-title", null, "title", "published"));
    assertThrows(ProblemException.class, () -> SortOrder.parse("id", null, "title"));
  }
}
