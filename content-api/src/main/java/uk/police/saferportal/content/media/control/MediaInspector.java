package uk.police.saferportal.content.media.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import uk.police.saferportal.content.media.entity.AcceptedType;
import uk.police.saferportal.content.media.entity.InspectedFile;
import uk.police.saferportal.content.media.entity.MediaKind;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.platform.entity.Secrets;

/**
 * Decides what an upload is from its bytes alone (Apache Tika's magic-number detection, given no
 * file name and no declared type, so neither can be used to smuggle a file in), and reads an
 * image's dimensions where the JDK can.
 */
public final class MediaInspector {
  private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();

  private MediaInspector() {}

  /** The inspected file, or a 415 problem naming the accepted types. */
  public static InspectedFile inspect(byte[] bytes) {
    String detected = detect(bytes);
    AcceptedType type =
        AcceptedType.of(detected)
            .orElseThrow(
                () ->
                    ProblemException.of(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "This file is not one the library accepts. Upload "
                            + AcceptedType.describeAll()
                            + "."));
    Integer width = null;
    Integer height = null;
    if (type.kind() == MediaKind.IMAGE) {
      int[] size = dimensions(bytes);
      if (size != null) {
        width = size[0];
        height = size[1];
      }
    }
    return new InspectedFile(type, bytes.length, Secrets.sha256Hex(bytes), width, height);
  }

  /** The media type the bytes show, e.g. image/png, text/plain, application/octet-stream. */
  static String detect(byte[] bytes) {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return DETECTOR.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory cannot fail", e);
    }
  }

  private static int[] dimensions(byte[] bytes) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null; // a damaged header: the file is still the type its bytes say
    }
  }
}
