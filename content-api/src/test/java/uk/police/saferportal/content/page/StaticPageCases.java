package uk.police.saferportal.content.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/** Static pages: seeded, and slugs unique within a type only. */
public interface StaticPageCases extends ApiCases {
  @Test
  default void staticPagesAreSeededAndSlugsAreUniqueWithinATypeOnly() {
    for (String slug : List.of("accessibility-statement", "privacy-notice", "about")) {
      Reply page = api().get("v1/pages/" + slug);
      assertEquals(200, page.status(), slug + ": " + page);
      assertEquals("page", page.json().getString("type"));
      assertFalse(page.json().getString("body").isBlank());
    }
    String[] editor = api().bearer("editor", PASSWORD);
    String slug = "shared-slug-" + unique();
    assertEquals(
        201, api().post("v1/admin/advice", draft(slug, "As advice").toString(), editor).status());
    assertEquals(
        201, api().post("v1/admin/pages", draft(slug, "As a page").toString(), editor).status());
    assertProblem(
        api().post("v1/admin/pages", draft(slug, "Again").toString(), editor),
        409,
        "conflict",
        "slug");
    assertEquals(
        "As a page", api().get("v1/admin/pages/" + slug, editor).json().getString("title"));
    assertEquals(
        "As advice", api().get("v1/admin/advice/" + slug, editor).json().getString("title"));
  }
}
