package uk.police.saferportal.content.wdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.ifMatch;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/**
 * The We Don't Buy Crime register: the public hub by area and the staff register with locking and
 * audit.
 */
public interface WdbcApiCases extends ApiCases {
  @Test
  default void theDemoSeedsTheWeDontBuyCrimeHubWithTownsAndRetailersByArea() {
    Reply hub = api().get("v1/campaigns/we-dont-buy-crime");
    assertEquals(200, hub.status(), hub.toString());
    assertTrue(hub.json().getString("body").contains("Mark your property"));
    assertTrue(hub.json().getJsonObject("campaign").containsKey("callToActionLabel"));
    assertTrue(api().get("v1/campaigns").json().getInt("total") >= 2, "a second campaign");

    Reply towns = api().get("v1/wdbc/towns");
    assertEquals(200, towns.status(), towns.toString());
    assertTrue(towns.items().size() >= 8, towns.toString());
    assertTrue(towns.header("ETag").isPresent());
    JsonObject ludlow =
        towns.items().stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("name").equals("Ludlow"))
            .findFirst()
            .orElseThrow();
    assertEquals("shropshire", ludlow.getJsonObject("area").getString("slug"));
    assertEquals("accredited", ludlow.getString("status"));
    assertEquals("ludlow", ludlow.getString("slug"));
    assertFalse(ludlow.containsKey("id"), "no database ids in the API");
    assertTrue(ludlow.containsKey("accreditedOn"));
    assertTrue(
        api().get("v1/wdbc/towns?area=shropshire").items().stream()
            .allMatch(
                t ->
                    t.asJsonObject().getJsonObject("area").getString("slug").equals("shropshire")));
    Reply retailers = api().get("v1/wdbc/retailers?area=herefordshire");
    assertEquals(200, retailers.status());
    assertFalse(retailers.items().isEmpty());
    assertEquals(
        "Ledbury", retailers.items().getJsonObject(0).getJsonObject("town").getString("name"));
    assertEquals(
        "ledbury", retailers.items().getJsonObject(0).getJsonObject("town").getString("slug"));
    assertProblem(api().get("v1/wdbc/towns?area=atlantis"), 400, "invalid-parameter", "area");
  }

  @Test
  default void staffKeepTheWeDontBuyCrimeRegisterWithLockingAndAudit() {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    String name = "Testbury " + unique();
    assertProblem(
        api().post("v1/admin/wdbc/towns", town(name, "accredited", null), editor),
        400,
        "validation",
        "accreditedOn");
    assertProblem(
        api().post("v1/admin/wdbc/towns", town(name, "sort-of", null), editor),
        400,
        "validation",
        "status");
    assertProblem(
        api().post("v1/wdbc/towns", town(name, "working-towards", null)), 405, null, null);

    Reply added = api().post("v1/admin/wdbc/towns", town(name, "working-towards", null), editor);
    assertEquals(201, added.status(), added.toString());
    String id = added.json().getString("slug");
    assertEquals(Slugs.of(name), id, "the slug is made from the name");
    assertFalse(added.json().containsKey("id"), "no database ids in the API");
    assertTrue(added.header("Location").orElseThrow().endsWith("/v1/admin/wdbc/towns/" + id));
    assertProblem(
        api().post("v1/admin/wdbc/towns", town(name, "working-towards", null), editor),
        409,
        "conflict",
        "name");

    Reply accredited =
        api()
            .put(
                "v1/admin/wdbc/towns/" + id,
                town(name, "accredited", "2026-11-20"),
                ifMatch(editor, added.header("ETag").orElseThrow()));
    assertEquals(200, accredited.status(), accredited.toString());
    assertEquals("2026-11-20", accredited.json().getString("accreditedOn"));
    assertEquals(id, accredited.json().getString("slug"));
    assertProblem(
        api()
            .put(
                "v1/admin/wdbc/towns/" + id,
                town(name, "working-towards", null),
                ifMatch(editor, added.header("ETag").orElseThrow())),
        412,
        "precondition-failed",
        null);

    String retailer =
        Json.createObjectBuilder()
            .add("name", "Testbury Traders")
            .add("town", id)
            .add("website", "https://testbury.example")
            .build()
            .toString();
    assertProblem(
        api()
            .post(
                "v1/admin/wdbc/retailers",
                Json.createObjectBuilder()
                    .add("name", "Nowhere Traders")
                    .add("town", "atlantis-" + unique())
                    .build()
                    .toString(),
                editor),
        400,
        "validation",
        "town");
    Reply shop = api().post("v1/admin/wdbc/retailers", retailer, editor);
    assertEquals(201, shop.status(), shop.toString());
    String shopSlug = shop.json().getString("slug");
    assertEquals(Slugs.of("Testbury Traders " + name), shopSlug, "from its name and town's");
    assertEquals(id, shop.json().getJsonObject("town").getString("slug"));
    assertFalse(shop.json().getJsonObject("town").containsKey("id"));
    assertTrue(
        api().get("v1/wdbc/retailers").items().stream()
            .anyMatch(r -> r.asJsonObject().getString("name").equals("Testbury Traders")));
    Reply moved =
        api()
            .put(
                "v1/admin/wdbc/retailers/" + shopSlug,
                Json.createObjectBuilder()
                    .add("name", "Testbury Traders Ltd")
                    .add("town", id)
                    .add("address", "High Street")
                    .build()
                    .toString(),
                ifMatch(editor, shop.header("ETag").orElseThrow()));
    assertEquals(200, moved.status(), moved.toString());
    assertEquals("Testbury Traders Ltd", moved.json().getString("name"));
    assertEquals(shopSlug, moved.json().getString("slug"), "a rename keeps the slug");
    assertFalse(moved.json().containsKey("website"), "a website left out is removed");
    assertProblem(
        api()
            .put(
                "v1/admin/wdbc/retailers/" + shopSlug,
                retailer,
                ifMatch(editor, shop.header("ETag").orElseThrow())),
        412,
        "precondition-failed",
        null);
    assertProblem(api().delete("v1/admin/wdbc/towns/" + id, editor), 403, "forbidden", null);
    assertProblem(api().delete("v1/admin/wdbc/towns/" + id, publisher), 409, "conflict", null);
    assertEquals(204, api().delete("v1/admin/wdbc/retailers/" + shopSlug, publisher).status());
    assertEquals(204, api().delete("v1/admin/wdbc/towns/" + id, publisher).status());
    assertFalse(
        api().get("v1/wdbc/towns").items().stream()
            .anyMatch(t -> t.asJsonObject().getString("name").equals(name)));

    String[] admin = api().bearer("admin", PASSWORD);
    List<String> actions =
        api().get("v1/admin/audit?subjectType=wdbc-town&subjectRef=" + id, admin).items().stream()
            .map(v -> v.asJsonObject().getString("action"))
            .toList();
    assertEquals(List.of("wdbc-town.delete", "wdbc-town.update", "wdbc-town.create"), actions);
  }

  /** The slug a name is expected to get: lower-case words joined by hyphens. */
  final class Slugs {
    private Slugs() {}

    static String of(String name) {
      return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
  }

  private static String town(String name, String status, String accreditedOn) {
    var town =
        Json.createObjectBuilder()
            .add("name", name)
            .add("area", "herefordshire")
            .add("status", status);
    if (accreditedOn != null) {
      town.add("accreditedOn", accreditedOn);
    }
    return town.build().toString();
  }
}
