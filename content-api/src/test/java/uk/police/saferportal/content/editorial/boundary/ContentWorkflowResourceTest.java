package uk.police.saferportal.content.editorial.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.editorial.entity.AllowedActions;
import uk.police.saferportal.content.editorial.entity.EditorialAction;

/**
 * The buttons the back office shows ({@link AllowedActions}) and the gate of each move agree: every
 * move's endpoint requires exactly the permission the offer is made on.
 */
class ContentWorkflowResourceTest {

  @Test
  void eachMoveRequiresThePermissionItIsOfferedOn() {
    Map<String, String> required = new TreeMap<>();
    for (Method method : ContentWorkflowResource.class.getMethods()) {
      Path path = method.getAnnotation(Path.class);
      RequiresPermissions permissions = method.getAnnotation(RequiresPermissions.class);
      if (path != null && permissions != null && path.value().startsWith("{slug}/")) {
        assertEquals(1, permissions.value().length, method.getName());
        required.put(path.value().substring("{slug}/".length()), permissions.value()[0]);
      }
    }
    Map<String, String> offered = new TreeMap<>();
    for (EditorialAction action : EditorialAction.values()) {
      offered.put(action.apiName(), action.permission());
    }
    offered.put(AllowedActions.DISCARD_DRAFT, AllowedActions.DISCARD_DRAFT_PERMISSION);
    offered.put("checks", "content:read");
    assertEquals(offered, required);
    assertArrayEquals(
        new String[] {"content:read"},
        Arrays.stream(ContentWorkflowResource.class.getMethods())
            .filter(m -> m.getName().equals("checks"))
            .findFirst()
            .orElseThrow()
            .getAnnotation(RequiresPermissions.class)
            .value());
  }
}
