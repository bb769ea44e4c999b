package uk.police.saferportal.content.editorial.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The moves offered on an item, for a caller who may take every move. */
class AllowedActionsTest {

  @ParameterizedTest(name = "{0}, changes waiting {1}, in review {2}: {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        "DRAFT; false; false; submit publish schedule archive",
        "IN_REVIEW; false; false; publish schedule return-to-draft archive",
        "SCHEDULED; false; false; publish schedule return-to-draft archive",
        "PUBLISHED; false; false; schedule unpublish archive",
        "ARCHIVED; false; false; return-to-draft",
        "PUBLISHED; true; false; submit publish schedule unpublish archive discard-draft",
        "PUBLISHED; true; true;"
            + " publish schedule return-to-draft unpublish archive discard-draft"
      })
  void followTheStateAndTheWorkingDraft(
      EditorialState state, boolean waiting, boolean inReview, String expected) {
    assertEquals(
        Arrays.asList(expected.split(" ")),
        AllowedActions.of(state, waiting, inReview, permission -> true));
  }

  @ParameterizedTest
  @CsvSource({"content:write, submit discard-draft", "content:read, ''"})
  void leaveOutWhatThePermissionsDoNotCover(String held, String expected) {
    List<String> wanted = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
    assertEquals(wanted, AllowedActions.of(EditorialState.PUBLISHED, true, false, held::equals));
  }
}
