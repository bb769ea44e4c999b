package uk.police.saferportal.content.media.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptedTypeTest {

  @Test
  void acceptsWebImagesAndPdfByDetectedType() {
    assertEquals(AcceptedType.JPEG, AcceptedType.of("image/jpeg").orElseThrow());
    assertEquals(AcceptedType.PNG, AcceptedType.of("IMAGE/PNG").orElseThrow());
    assertEquals(AcceptedType.GIF, AcceptedType.of("image/gif").orElseThrow());
    assertEquals(AcceptedType.WEBP, AcceptedType.of("image/webp").orElseThrow());
    assertEquals(AcceptedType.PDF, AcceptedType.of("application/pdf; version=1.7").orElseThrow());
    assertEquals(MediaKind.IMAGE, AcceptedType.WEBP.kind());
    assertEquals(MediaKind.DOCUMENT, AcceptedType.PDF.kind());
  }

  @Test
  void refusesEverythingElse() {
    for (String type :
        new String[] {
          "image/svg+xml",
          "text/html",
          "text/plain",
          "application/octet-stream",
          "application/zip",
          "application/x-msdownload",
          "image/tiff",
          ""
        }) {
      assertTrue(AcceptedType.of(type).isEmpty(), type);
    }
    assertTrue(AcceptedType.of(null).isEmpty());
  }

  @Test
  void describesTheAcceptedTypesForMessages() {
    assertEquals("JPEG, PNG, GIF, WebP images and PDF documents", AcceptedType.describeAll());
  }
}
