package uk.police.saferportal.content.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/** Topics, areas and the offline postcode lookup. */
public interface AreaApiCases extends ApiCases {
  @Test
  default void listsTopicsAndAreas() {
    Reply topics = api().get("v1/topics");
    assertEquals(200, topics.status());
    assertTrue(topics.slugs().containsAll(List.of("burglary", "fraud-and-scams", "rural-crime")));
    Reply areas = api().get("v1/areas");
    assertEquals(
        List.of(
            "herefordshire",
            "north-worcestershire",
            "south-worcestershire",
            "shropshire",
            "telford-and-wrekin"),
        areas.slugs());
    assertEquals(5, areas.json().getInt("total"));
  }

  @Test
  default void looksUpTheAreaOfAPostcodeOffline() {
    assertEquals("south-worcestershire", area("WR5%202EX"));
    assertEquals("herefordshire", area("hr12aa"));
    assertEquals("telford-and-wrekin", area("TF1%201AA"));
    assertEquals("shropshire", area("TF11%208PD"));
    assertEquals("north-worcestershire", area("B60%201AA"));
    assertEquals("north-worcestershire", area("DY10"));
    assertProblem(api().get("v1/areas/lookup?postcode=SW1A%201AA"), 404, "not-found", null);
    assertProblem(api().get("v1/areas/lookup?postcode=SY20%209AA"), 404, "not-found", null);
    assertProblem(
        api().get("v1/areas/lookup?postcode=hello"), 400, "invalid-parameter", "postcode");
    assertProblem(api().get("v1/areas/lookup"), 400, "invalid-parameter", "postcode");
  }

  private String area(String postcode) {
    Reply reply = api().get("v1/areas/lookup?postcode=" + postcode);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getString("slug");
  }
}
