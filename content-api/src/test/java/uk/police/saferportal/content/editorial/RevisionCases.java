package uk.police.saferportal.content.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/** Revisions kept on every save, compared and restored. */
public interface RevisionCases extends ApiCases {
  @Test
  default void everySaveKeepsARevisionAndAnOldOneCanBeRestored() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String slug = "revised-" + unique();
    String path = "v1/admin/advice/" + slug;
    Reply created = api().post("v1/admin/advice", draft(slug, "First title").toString(), editor);
    Reply second =
        api()
            .put(
                path,
                draft(slug, "Second title").toString(),
                editor[0],
                editor[1],
                "If-Match",
                created.header("ETag").orElseThrow());
    Reply third =
        api()
            .put(
                path,
                draft(slug, "Third title").toString(),
                publisher[0],
                publisher[1],
                "If-Match",
                second.header("ETag").orElseThrow());
    assertEquals(200, third.status(), third.toString());

    Reply history = api().get(path + "/revisions", editor);
    assertEquals(200, history.status());
    List<Integer> numbers =
        history.items().stream().map(v -> v.asJsonObject().getInt("number")).toList();
    assertEquals(List.of(3, 2, 1), numbers);
    assertEquals("publisher", history.items().getJsonObject(0).getString("author"));
    assertEquals("editor", history.items().getJsonObject(2).getString("author"));

    Reply first = api().get(path + "/revisions/1", editor);
    assertEquals("First title", first.json().getJsonObject("content").getString("title"));
    assertEquals(
        "burglary", first.json().getJsonObject("content").getJsonArray("topics").getString(0));

    assertProblem(
        api().post(path + "/revisions/1/restore", "", editor), 428, "precondition-required", null);
    Reply restored =
        api()
            .post(
                path + "/revisions/1/restore",
                "",
                editor[0],
                editor[1],
                "If-Match",
                third.header("ETag").orElseThrow());
    assertEquals(200, restored.status(), restored.toString());
    assertEquals("First title", restored.json().getString("title"));
    Reply after = api().get(path + "/revisions", editor);
    assertEquals(4, after.items().size());
    assertEquals("restored revision 1", after.items().getJsonObject(0).getString("note"));
    assertProblem(api().get(path + "/revisions/99", editor), 404, "not-found", null);

    JsonObject comparison = api().get(path + "/revisions/1/compare/3", editor).json();
    JsonObject title = comparison.getJsonArray("fields").getJsonObject(0);
    assertEquals("title", title.getString("field"));
    assertTrue(title.getBoolean("changed"));
    assertEquals(
        "[{\"kind\":\"REMOVED\",\"text\":\"First\"},{\"kind\":\"ADDED\",\"text\":\"Third\"},"
            + "{\"kind\":\"SAME\",\"text\":\" title\"}]",
        title.getJsonArray("changes").toString());
    assertFalse(
        comparison.getJsonArray("fields").getJsonObject(2).getBoolean("changed"), "body unchanged");
  }
}
