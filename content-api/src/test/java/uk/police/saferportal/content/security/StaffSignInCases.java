package uk.police.saferportal.content.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/** Staff sign-in, tokens on staff calls, lock-out and sign-out. */
public interface StaffSignInCases extends ApiCases {
  @Test
  default void staffEndpointsNeedAValidToken() {
    Reply none = api().get("v1/admin/advice");
    assertProblem(none, 401, "unauthenticated", null);
    assertTrue(none.header("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    assertProblem(
        api().get("v1/admin/advice", "Authorization", "Bearer not-a-token"),
        401,
        "unauthenticated",
        null);
    assertProblem(
        api().post("v1/admin/advice", draft("x", "Title").toString()),
        401,
        "unauthenticated",
        null);
  }

  @Test
  default void signInAnswersATokenWithExpiryAndRoles() {
    Reply reply =
        api()
            .post(
                "v1/auth/token", "{\"username\":\"Publisher\",\"password\":\"" + PASSWORD + "\"}");
    assertEquals(200, reply.status(), reply.toString());
    JsonObject token = reply.json();
    assertEquals("Bearer", token.getString("tokenType"));
    assertTrue(token.getString("token").length() >= 40);
    assertTrue(token.containsKey("expiresAt"));
    assertEquals("publisher", token.getString("username"));
    assertTrue(token.getJsonArray("permissions").toString().contains("content:publish"));
    assertEquals("no-store", reply.header("Cache-Control").orElseThrow());
  }

  @Test
  default void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    Reply wrong = api().post("v1/auth/token", "{\"username\":\"editor\",\"password\":\"nope\"}");
    Reply nobody = api().post("v1/auth/token", "{\"username\":\"nobody\",\"password\":\"nope\"}");
    assertProblem(wrong, 401, "unauthenticated", null);
    assertProblem(nobody, 401, "unauthenticated", null);
    assertEquals(wrong.json().getString("detail"), nobody.json().getString("detail"));
    assertProblem(
        api().post("v1/auth/token", "{\"username\":\"editor\"}"), 400, "validation", "password");
  }

  @Test
  default void repeatedFailuresLockTheAccountForAWhile() {
    String[] admin = api().bearer("admin", PASSWORD);
    String username = "lockme-" + unique();
    String password = "correct-horse-battery";
    Reply created =
        api()
            .post(
                "v1/admin/staff",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("displayName", "Lock Me")
                    .add("password", password)
                    .add("roles", Json.createArrayBuilder().add("editor"))
                    .build()
                    .toString(),
                admin);
    assertEquals(201, created.status(), created.toString());
    String wrong = "{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}";
    for (int i = 0; i < 4; i++) {
      assertProblem(api().post("v1/auth/token", wrong), 401, "unauthenticated", null);
    }
    Reply locked = api().post("v1/auth/token", wrong);
    assertProblem(locked, 429, "account-locked", null);
    assertTrue(Integer.parseInt(locked.header("Retry-After").orElseThrow()) > 0);
    Reply rightButLocked =
        api()
            .post(
                "v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    assertProblem(rightButLocked, 429, "account-locked", null);
  }

  @Test
  default void signingOutEndsTheToken() {
    String[] editor = api().bearer("editor", PASSWORD);
    assertEquals(200, api().get("v1/admin/advice", editor).status());
    assertEquals(204, api().delete("v1/auth/token", editor).status());
    assertProblem(api().get("v1/admin/advice", editor), 401, "unauthenticated", null);
  }
}
