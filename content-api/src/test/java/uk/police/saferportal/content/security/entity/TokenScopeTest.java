package uk.police.saferportal.content.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;

class TokenScopeTest {

  @Test
  void readReadsAndReadWriteAlsoWrites() {
    assertEquals(Set.of("content:read"), TokenScope.READ.permissions());
    assertEquals(Set.of("content:read", "content:write"), TokenScope.READ_WRITE.permissions());
  }

  @Test
  void noScopeImpliesPublishingDeletingStaffAuditOrTokenManagement() {
    for (TokenScope scope : TokenScope.values()) {
      for (String granted : scope.permissions()) {
        WildcardPermission permission = new WildcardPermission(granted);
        for (String forbidden :
            Set.of(
                Permissions.CONTENT_PUBLISH,
                Permissions.CONTENT_DELETE,
                Permissions.STAFF_MANAGE,
                Permissions.AUDIT_READ,
                Permissions.TOKENS_MANAGE)) {
          assertFalse(
              permission.implies(new WildcardPermission(forbidden)),
              scope + " implies " + forbidden);
        }
      }
    }
  }

  @Test
  void administratorsMayManageTokensAndOtherRolesMayNot() {
    assertTrue(
        new WildcardPermission("*").implies(new WildcardPermission(Permissions.TOKENS_MANAGE)));
    assertFalse(Role.EDITOR.permissions().contains(Permissions.TOKENS_MANAGE));
    assertFalse(Role.PUBLISHER.permissions().contains(Permissions.TOKENS_MANAGE));
  }

  @Test
  void hasStableApiNames() {
    assertEquals("read", TokenScope.READ.apiName());
    assertEquals("read-write", TokenScope.READ_WRITE.apiName());
    assertEquals(Optional.of(TokenScope.READ_WRITE), TokenScope.fromApiName(" Read-Write "));
    assertEquals(Optional.of(TokenScope.READ), TokenScope.fromApiName("read"));
    assertEquals(Optional.empty(), TokenScope.fromApiName("READ_WRITE"));
    assertEquals(Optional.empty(), TokenScope.fromApiName("admin"));
    assertEquals(Optional.empty(), TokenScope.fromApiName(null));
  }
}
