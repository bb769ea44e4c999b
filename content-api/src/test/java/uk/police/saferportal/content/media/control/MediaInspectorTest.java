package uk.police.saferportal.content.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.media.entity.AcceptedType;
import uk.police.saferportal.content.media.entity.InspectedFile;
import uk.police.saferportal.content.platform.entity.ProblemException;

class MediaInspectorTest {

  @Test
  void readsTypeAndDimensionsOfRealImages() throws IOException {
    for (String format : new String[] {"png", "jpg", "gif"}) {
      InspectedFile file = MediaInspector.inspect(image(format, 7, 3));
      assertEquals(
          AcceptedType.valueOf(format.equals("jpg") ? "JPEG" : format.toUpperCase()), file.type());
      assertEquals(7, file.width(), format);
      assertEquals(3, file.height(), format);
      assertEquals(64, file.sha256().length());
    }
  }

  @Test
  void recognisesWebpAndPdfByTheirBytes() {
    byte[] webp = ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000");
    InspectedFile image = MediaInspector.inspect(webp);
    assertEquals(AcceptedType.WEBP, image.type());
    assertNull(image.width(), "the JDK cannot read WebP: no dimensions, still accepted");
    byte[] pdf = ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
    assertEquals(AcceptedType.PDF, MediaInspector.inspect(pdf).type());
  }

  @Test
  void refusesTextWhateverItIsCalled() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> MediaInspector.inspect(ascii("just some words pretending to be a PNG\n")));
    assertEquals(415, refused.problem().status());
    assertTrue(refused.problem().detail().contains("PNG"), refused.problem().detail());
  }

  @Test
  void refusesScriptableAndExecutableFormats() {
    String[] hostile = {
      "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
      "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
      "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff",
      "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000"
    };
    for (String bytes : hostile) {
      assertThrows(ProblemException.class, () -> MediaInspector.inspect(ascii(bytes)), bytes);
    }
  }

  private static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x1d70b8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, format, out));
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
