package uk.police.saferportal.portal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RequestIdTest {

  @Test
  void takesAWellFormedIdAndKeepsItsOwnForAnyOther() {
    assertEquals("proxy-1.2_A", new RequestId().take("proxy-1.2_A"));
    assertEquals("a".repeat(64), new RequestId().take("a".repeat(64)));
    for (String bad : new String[] {null, "", "a".repeat(65), "two words", "{x}", "a\nb", "é"}) {
      RequestId id = new RequestId();
      String own = id.value();
      assertEquals(own, id.take(bad), String.valueOf(bad));
      assertNotEquals(bad, own);
    }
  }
}
