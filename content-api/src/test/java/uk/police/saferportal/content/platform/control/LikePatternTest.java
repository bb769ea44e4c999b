package uk.police.saferportal.content.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {
  @Test
  void findsTheTextAnywhereWithTypedWildcardsTakenLiterally() {
    assertEquals("%shed lock%", LikePattern.containing("  shed lock "));
    assertEquals("%100\\% safe\\_now%", LikePattern.containing("100% safe_now"));
    assertEquals("%a\\\\b%", LikePattern.containing("a\\b"));
  }
}
