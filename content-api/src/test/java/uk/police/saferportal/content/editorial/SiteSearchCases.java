package uk.police.saferportal.content.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.campaign;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/** Site-wide search across every published content type. */
public interface SiteSearchCases extends ApiCases {
  @Test
  default void siteSearchFindsEveryPublishedTypeRankedAndNothingElse() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String word = "zq" + unique().replaceAll("[^a-z]", "x");
    String advice = "search-advice-" + unique();
    String page = "search-page-" + unique();
    String campaign = "search-campaign-" + unique();
    String hidden = "search-draft-" + unique();
    api().post("v1/admin/advice", draft(advice, "Advice " + word).toString(), editor);
    api()
        .post(
            "v1/admin/pages",
            Json.createObjectBuilder(draft(page, "Page about locks"))
                .add("body", "<p>Mentions " + word + " once in the body.</p>")
                .build()
                .toString(),
            editor);
    api()
        .post(
            "v1/admin/campaigns",
            campaign(campaign, "Campaign " + word).build().toString(),
            editor);
    api().post("v1/admin/advice", draft(hidden, "Draft " + word).toString(), editor);
    api().post("v1/admin/advice/" + advice + "/publish", "", publisher);
    api().post("v1/admin/pages/" + page + "/publish", "", publisher);
    api().post("v1/admin/campaigns/" + campaign + "/publish", "", publisher);

    Reply found = api().get("v1/search?q=" + word);
    assertEquals(200, found.status(), found.toString());
    assertEquals(Set.of(advice, page, campaign), Set.copyOf(found.slugs()));
    assertEquals(page, found.slugs().get(2), "a body-only match ranks below title matches");
    assertEquals(
        Set.of("advice", "page", "campaign"),
        found.items().stream()
            .map(v -> v.asJsonObject().getString("type"))
            .collect(java.util.stream.Collectors.toSet()));
    assertEquals(List.of(campaign), api().get("v1/search?type=campaign&q=" + word).slugs());
    assertProblem(api().get("v1/search?type=poster&q=" + word), 400, "invalid-parameter", "type");

    Reply staff = api().get("v1/admin/content?q=" + word, editor);
    assertEquals(4, staff.json().getInt("total"), staff.toString());
    assertEquals(
        List.of(hidden), api().get("v1/admin/content?state=draft&q=" + word, editor).slugs());
    assertEquals(List.of(page), api().get("v1/admin/content?type=page&q=" + word, editor).slugs());
    assertEquals(
        4, api().get("v1/admin/content?author=editor&q=" + word, editor).json().getInt("total"));
    assertEquals(
        0, api().get("v1/admin/content?author=admin&q=" + word, editor).json().getInt("total"));
  }
}
