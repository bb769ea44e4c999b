package uk.police.saferportal.content.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenApiPathTemplatesTest {
  @Test
  void dropsTheRegularExpressionFromPathTemplates() {
    assertEquals(
        "/v1/admin/{collection}/{slug}/publish",
        OpenApiPathTemplates.plain(
            "/v1/admin/{collection: advice|campaigns|pages}/{slug}/publish"));
    assertEquals("/v1/{collection}", OpenApiPathTemplates.plain("/v1/{collection:advice|pages}"));
    assertEquals("/v1/areas/lookup", OpenApiPathTemplates.plain("/v1/areas/lookup"));
  }
}
