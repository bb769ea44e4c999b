package uk.police.saferportal.portal.media.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A file of the media library as the content API answers it. {@code url} is the address to put in
 * rich text; {@code usedBy} is present when one item was read.
 */
public record MediaItem(
    String id,
    String url,
    String fileName,
    String mediaType,
    String kind,
    long size,
    Integer width,
    Integer height,
    String alt,
    String title,
    List<Use> usedBy,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    long version)
    implements Serializable {

  /** Content that shows or links to the item. */
  public record Use(String contentType, String slug, String title) implements Serializable {}

  public MediaItem {
    usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
  }

  public boolean isImage() {
    return "image".equals(kind);
  }

  /** "PNG image, 4 x 2", "PDF document". */
  public String typeText() {
    String format = mediaType == null ? "" : mediaType.substring(mediaType.indexOf('/') + 1);
    String text = format.toUpperCase(Locale.ROOT) + " " + kind;
    return width == null || height == null ? text : text + ", " + width + " x " + height;
  }

  /** "12 KB", "1.4 MB". */
  public String sizeText() {
    if (size < 1024 * 1024) {
      return Math.max(1, Math.round(size / 1024.0)) + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", size / (1024.0 * 1024.0));
  }
}
