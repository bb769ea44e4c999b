package uk.police.saferportal.content.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.platform.entity.Problem;

class CampaignDetailsTest {
  private static final String IMAGE = "/api/v1/media/0123456789abcdef0123456789abcdef/bikes.png";

  @Test
  void everyProblemOfTheFieldsTogetherIsNamed() {
    var details =
        new CampaignDetails(
            "https://elsewhere.example/x.png",
            null,
            "Click me",
            "javascript:alert(1)",
            LocalDate.of(2026, 12, 10),
            LocalDate.of(2026, 12, 1));
    assertEquals(
        java.util.List.of("heroImage", "heroAlt", "callToActionUrl", "endsOn"),
        details.problems().stream().map(Problem.FieldError::field).toList());
    assertTrue(
        new CampaignDetails(IMAGE, "Bikes", "Book", "/advice", null, null).problems().isEmpty());
  }

  @Test
  void keepsItsFieldsAsTextAndBackUnchanged() {
    var details =
        new CampaignDetails(
            IMAGE, " Bikes ", "Book", "https://example.org", LocalDate.of(2026, 12, 1), null);
    assertEquals("Bikes", details.heroAlt());
    assertEquals(details, CampaignDetails.fromText(details.asText()));
    assertEquals("", details.asText().get("endsOn"));
    assertEquals(CampaignDetails.none(), CampaignDetails.fromText(java.util.Map.of()));
  }

  @Test
  void aCallToActionGoesToAnHttpsSiteOrAPageHereAndNowhereElse() {
    for (String safe :
        new String[] {"https://wedontbuycrime.example/shop", "/advice/burglary", "/", "/a?b=c#d"}) {
      org.junit.jupiter.api.Assertions.assertTrue(CampaignDetails.safeLink(safe), safe);
    }
    for (String unsafe :
        new String[] {
          "/\\evil.example/x",
          "//evil.example/x",
          "\\\\evil.example",
          "http://plain.example",
          "javascript:alert(1)",
          "https://user@evil.example",
          "https://",
          "/ spaced",
          "/tab\there",
          "https://a.example/\u0000"
        }) {
      org.junit.jupiter.api.Assertions.assertFalse(CampaignDetails.safeLink(unsafe), unsafe);
    }
  }
}
