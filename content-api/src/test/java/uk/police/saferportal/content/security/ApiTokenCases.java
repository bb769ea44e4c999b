package uk.police.saferportal.content.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/** API tokens for machine clients: shown once, scopes, revocation, expiry, audit. */
public interface ApiTokenCases extends ApiCases {
  @Test
  default void administratorsCreateApiTokensWhoseSecretIsShownOnlyOnce() throws Exception {
    String[] admin = api().bearer("admin", PASSWORD);
    String name = "Feed reader " + unique();
    Reply created = createToken(admin, name, "read", null);
    assertEquals(201, created.status(), created.toString());
    JsonObject token = created.json();
    String secret = token.getString("secret");
    assertAll(
        () -> assertTrue(secret.matches("spt_[A-Za-z0-9_-]{43}"), secret),
        () -> assertTrue(secret.startsWith(token.getString("prefix"))),
        () -> assertTrue(token.getString("prefix").length() < 16),
        () -> assertEquals("read", token.getString("scope")),
        () -> assertEquals("active", token.getString("status")),
        () -> assertEquals(List.of("content:read"), strings(token, "permissions")),
        () -> assertEquals("admin", token.getString("createdBy")),
        () -> assertTrue(created.header("Cache-Control").orElse("").contains("no-store")),
        () ->
            assertTrue(
                created.header("Location").orElseThrow().endsWith(token.getString("id")),
                created.header("Location").orElseThrow()));

    Reply list = api().get("v1/admin/tokens?size=50", admin);
    assertEquals(200, list.status(), list.toString());
    assertFalse(list.body().contains(secret), "secret listed");
    assertFalse(list.body().contains(sha256(secret)), "hash listed");
    JsonObject listed = tokenNamed(list, name);
    assertFalse(listed.containsKey("secret"));
    assertEquals(token.getString("prefix"), listed.getString("prefix"));
    Reply one = api().get("v1/admin/tokens/" + token.getString("id"), admin);
    assertEquals(200, one.status(), one.toString());
    assertFalse(one.body().contains(secret), "secret shown again");

    Reply audit = api().get("v1/admin/audit?subjectType=token&subjectRef=" + encode(name), admin);
    assertEquals(1, audit.json().getInt("total"), audit.toString());
    JsonObject entry = audit.items().getJsonObject(0);
    assertEquals("token.create", entry.getString("action"));
    assertEquals("admin", entry.getString("actor"));
    assertTrue(entry.getString("detail").contains("scope: read"), entry.toString());
    assertFalse(audit.body().contains(secret), "secret audited");

    assertProblem(createToken(admin, name, "read-write", null), 409, "conflict", "name");
    assertProblem(createToken(admin, "  ", "read", null), 400, "validation", "name");
    assertProblem(createToken(admin, "No scope " + unique(), null, null), 400, "validation", null);
    assertProblem(createToken(admin, "Bad " + unique(), "admin", null), 400, "validation", "scope");
    assertProblem(
        createToken(admin, "Past " + unique(), "read", java.time.Instant.now().minusSeconds(60)),
        400,
        "validation",
        "expiresAt");
  }

  @Test
  default void aReadTokenReadsStaffListsButCannotWriteAndItsUseIsRecorded() {
    String[] admin = api().bearer("admin", PASSWORD);
    String name = "Reader " + unique();
    String[] reader = tokenBearer(createToken(admin, name, "read", null));

    Reply drafts = api().get("v1/admin/advice?state=draft", reader);
    assertEquals(200, drafts.status(), drafts.toString());
    assertEquals(
        200, api().get("v1/admin/advice/keep-your-home-safe-from-burglars", reader).status());
    assertProblem(
        api().post("v1/admin/advice", draft("read-token-" + unique(), "Nope").toString(), reader),
        403,
        "forbidden",
        null);
    assertProblem(api().get("v1/admin/tokens", reader), 403, "forbidden", null);
    assertProblem(api().get("v1/admin/audit", reader), 403, "forbidden", null);
    assertProblem(api().get("v1/admin/staff", reader), 403, "forbidden", null);

    JsonObject listed = tokenNamed(api().get("v1/admin/tokens?size=50", admin), name);
    assertTrue(
        listed.containsKey("lastUsedAt") && !listed.isNull("lastUsedAt"),
        "last use not recorded: " + listed);
  }

  @Test
  default void aReadWriteTokenWritesDraftsAsItselfButCannotPublishOrDelete() {
    String[] admin = api().bearer("admin", PASSWORD);
    String name = "Importer " + unique();
    String[] writer = tokenBearer(createToken(admin, name, "read-write", null));
    String slug = "token-draft-" + unique();

    Reply created =
        api().post("v1/admin/advice", draft(slug, "Imported advice").toString(), writer);
    assertEquals(201, created.status(), created.toString());
    assertEquals("draft", created.json().getString("state"));
    Reply audit = api().get("v1/admin/audit?subjectType=advice&subjectRef=" + slug, admin);
    assertEquals("token:" + name, audit.items().getJsonObject(0).getString("actor"));

    assertProblem(
        api().post("v1/admin/advice/" + slug + "/publish", "", writer), 403, "forbidden", null);
    assertProblem(
        api()
            .post(
                "v1/admin/advice/" + slug + "/schedule",
                "{\"publishAt\":\"2030-01-01T09:00:00Z\"}",
                writer),
        403,
        "forbidden",
        null);
    assertProblem(api().delete("v1/admin/advice/" + slug, writer), 403, "forbidden", null);
    assertProblem(createToken(writer, "Minted " + unique(), "read", null), 403, "forbidden", null);
    String[] reader = tokenBearer(createToken(admin, "Reader " + unique(), "read", null));
    assertProblem(
        api().post("v1/admin/advice/" + slug + "/publish", "", reader), 403, "forbidden", null);
    assertEquals("draft", api().get("v1/admin/advice/" + slug, admin).json().getString("state"));
  }

  @Test
  default void aRevokedTokenIsRefusedAtOnceAndItsNameCanBeUsedAgain() {
    String[] admin = api().bearer("admin", PASSWORD);
    String name = "Retired " + unique();
    Reply created = createToken(admin, name, "read-write", null);
    String id = created.json().getString("id");
    String[] client = tokenBearer(created);
    assertEquals(200, api().get("v1/admin/advice", client).status());

    Reply revoked = api().post("v1/admin/tokens/" + id + "/revoke", "", admin);
    assertEquals(200, revoked.status(), revoked.toString());
    assertEquals("revoked", revoked.json().getString("status"));
    assertEquals("admin", revoked.json().getString("revokedBy"));
    Reply refused = api().get("v1/admin/advice", client);
    assertProblem(refused, 401, "unauthenticated", null);
    assertTrue(refused.header("WWW-Authenticate").orElse("").startsWith("Bearer"));

    assertEquals(200, api().post("v1/admin/tokens/" + id + "/revoke", "", admin).status());
    Reply audit = api().get("v1/admin/audit?subjectType=token&subjectRef=" + encode(name), admin);
    List<String> actions =
        audit.items().stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertEquals(List.of("token.revoke", "token.create"), actions);
    assertTrue(audit.items().getJsonObject(0).getString("detail").contains("read-write"));

    assertEquals(201, createToken(admin, name, "read", null).status(), "name not free again");
    assertProblem(
        api().post("v1/admin/tokens/no-such-token/revoke", "", admin), 404, "not-found", null);
  }

  @Test
  default void anExpiredTokenIsRefused() throws Exception {
    String[] admin = api().bearer("admin", PASSWORD);
    String name = "Short-lived " + unique();
    java.time.Instant expiresAt = java.time.Instant.now().plusSeconds(3);
    Reply created = createToken(admin, name, "read", expiresAt);
    assertEquals(201, created.status(), created.toString());
    String[] client = tokenBearer(created);
    assertEquals(200, api().get("v1/admin/advice", client).status());

    Thread.sleep(
        Math.max(0, java.time.Duration.between(java.time.Instant.now(), expiresAt).toMillis())
            + 1500);
    assertProblem(api().get("v1/admin/advice", client), 401, "unauthenticated", null);
    assertEquals(
        "expired",
        tokenNamed(api().get("v1/admin/tokens?size=50", admin), name).getString("status"));
  }

  @Test
  default void onlyAdministratorsManageApiTokens() {
    for (String who : List.of("editor", "publisher")) {
      String[] staff = api().bearer(who, PASSWORD);
      assertProblem(
          createToken(staff, "Not mine " + unique(), "read", null), 403, "forbidden", null);
      assertProblem(api().get("v1/admin/tokens", staff), 403, "forbidden", null);
    }
    assertProblem(api().get("v1/admin/tokens"), 401, "unauthenticated", null);
  }

  @Test
  default void garbageAndUnknownBearerValuesAreRefused() {
    String[] admin = api().bearer("admin", PASSWORD);
    String secret = createToken(admin, "Real " + unique(), "read", null).json().getString("secret");
    String tampered = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
    String unknown = "spt_" + "A".repeat(43);
    for (String bearer : List.of("garbage", "spt_", unknown, tampered, secret.substring(4))) {
      assertProblem(
          api().get("v1/admin/advice", "Authorization", "Bearer " + bearer),
          401,
          "unauthenticated",
          null);
    }
    assertEquals(200, api().get("v1/admin/advice", "Authorization", "Bearer " + secret).status());
  }

  private Reply createToken(String[] bearer, String name, String scope, java.time.Instant expiry) {
    var body = Json.createObjectBuilder().add("name", name);
    if (scope != null) {
      body.add("scope", scope);
    }
    if (expiry != null) {
      body.add("expiresAt", expiry.toString());
    }
    return api().post("v1/admin/tokens", body.build().toString(), bearer);
  }

  private static String[] tokenBearer(Reply created) {
    assertEquals(201, created.status(), created.toString());
    return new String[] {"Authorization", "Bearer " + created.json().getString("secret")};
  }

  private static JsonObject tokenNamed(Reply list, String name) {
    assertEquals(200, list.status(), list.toString());
    return list.items().stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no token " + name + " in " + list));
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String sha256(String value) throws java.security.NoSuchAlgorithmException {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
