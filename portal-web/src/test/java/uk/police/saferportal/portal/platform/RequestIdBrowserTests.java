package uk.police.saferportal.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.portal.support.BrowserSteps;

/** Every request has an id: the caller's when well formed, else a new one; the API gets it too. */
public interface RequestIdBrowserTests extends BrowserSteps {
  String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  default void aRequestsIdIsSentBackAndPassedToTheContentApi() throws Exception {
    String unique = uniqueWord();
    String id = "it-" + unique + ".1_A";
    HttpResponse<String> page = answer("/search?q=" + unique, "X-Request-Id", id);
    assertEquals(200, page.statusCode());
    assertEquals(id, page.headers().firstValue("X-Request-Id").orElse(null));
    assertEquals(List.of(id), idsTheApiSaw("q=" + unique + "&", "q=" + unique));

    // malformed (a space, too long): replaced by one of the portal's own, also given to the API
    for (String bad : List.of("not well formed", "a".repeat(65))) {
      String other = uniqueWord();
      HttpResponse<String> answer = answer("/search?q=" + other, "X-Request-Id", bad);
      String made = answer.headers().firstValue("X-Request-Id").orElse("");
      assertTrue(made.matches(UUID), made);
      assertEquals(List.of(made), idsTheApiSaw("q=" + other + "&", "q=" + other));
    }

    // none given: a new one each time, on pages, kept pages and error pages alike
    for (String path : List.of("/", "/", "/no-such-page")) {
      String first = answer(path).headers().firstValue("X-Request-Id").orElse("");
      String second = answer(path).headers().firstValue("X-Request-Id").orElse("");
      assertTrue(first.matches(UUID) && second.matches(UUID), path + ": " + first);
      assertNotEquals(first, second, path);
    }
  }

  /** The request ids on the API calls whose address contains (or ends with) the query. */
  default List<String> idsTheApiSaw(String containing, String ending) {
    return apiProxy().seen().stream()
        .filter(seen -> seen.uri().contains(containing) || seen.uri().endsWith(ending))
        .map(seen -> seen.header("X-Request-Id"))
        .distinct()
        .toList();
  }
}
