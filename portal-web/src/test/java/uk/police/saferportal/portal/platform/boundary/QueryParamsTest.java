package uk.police.saferportal.portal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QueryParamsTest {

  @Test
  void aBlankFilterIsLeftOutAndAnotherIsTrimmed() {
    assertNull(QueryParams.optional(null));
    assertNull(QueryParams.optional("  "));
    assertEquals("burglary", QueryParams.optional(" burglary "));
  }

  @Test
  void aPageNumberIsAtLeastOneAndNonsenseIsTheFirstPage() {
    assertEquals(1, QueryParams.pageNumber(null));
    assertEquals(1, QueryParams.pageNumber(""));
    assertEquals(1, QueryParams.pageNumber("two"));
    assertEquals(1, QueryParams.pageNumber("-3"));
    assertEquals(4, QueryParams.pageNumber(" 4 "));
  }
}
