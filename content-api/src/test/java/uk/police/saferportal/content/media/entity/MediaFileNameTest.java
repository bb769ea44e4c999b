package uk.police.saferportal.content.media.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MediaFileNameTest {

  @Test
  void keepsASimpleNameWithTheDetectedExtension() {
    assertEquals("shed-lock.png", MediaFileName.clean("Shed Lock.PNG", AcceptedType.PNG));
    assertEquals("photo.jpg", MediaFileName.clean("photo.png", AcceptedType.JPEG));
    assertEquals("leaflet.pdf", MediaFileName.clean("leaflet", AcceptedType.PDF));
  }

  @Test
  void dropsPathsAccentsAndUnsafeCharacters() {
    assertEquals("photo.jpg", MediaFileName.clean("C:\\fakepath\\photo.jpg", AcceptedType.JPEG));
    assertEquals("passwd.png", MediaFileName.clean("../../etc/passwd", AcceptedType.PNG));
    assertEquals("cafe-creme.gif", MediaFileName.clean("Café crème!!.gif", AcceptedType.GIF));
    assertEquals("a-b-script-c.pdf", MediaFileName.clean("a\"b<script>c.pdf", AcceptedType.PDF));
    assertEquals("x.webp", MediaFileName.clean("--x--.webp", AcceptedType.WEBP));
  }

  @Test
  void namesAFileWithNothingUsableFile() {
    assertEquals("file.png", MediaFileName.clean(null, AcceptedType.PNG));
    assertEquals("file.png", MediaFileName.clean("", AcceptedType.PNG));
    assertEquals("file.png", MediaFileName.clean("????.png", AcceptedType.PNG));
  }

  @Test
  void shortensLongNamesAndAlwaysFitsTheLibraryAddress() {
    String name = MediaFileName.clean("a".repeat(300) + ".png", AcceptedType.PNG);
    assertEquals(MediaFileName.MAX_BASE_LENGTH + ".png".length(), name.length());
    assertTrue(
        LibraryAddress.isLibraryAddress(
            LibraryAddress.of("0123456789abcdef0123456789abcdef", name)));
  }
}
