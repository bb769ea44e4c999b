package uk.police.saferportal.content.media.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The file types the library accepts, by the media type detected from the bytes. Anything else (SVG
 * with its scripts, HTML, executables, archives) is refused, whatever the file is called.
 */
public enum AcceptedType {
  JPEG("image/jpeg", "jpg", "JPEG", MediaKind.IMAGE),
  PNG("image/png", "png", "PNG", MediaKind.IMAGE),
  GIF("image/gif", "gif", "GIF", MediaKind.IMAGE),
  WEBP("image/webp", "webp", "WebP", MediaKind.IMAGE),
  PDF("application/pdf", "pdf", "PDF", MediaKind.DOCUMENT);

  private final String mediaType;
  private final String extension;
  private final String label;
  private final MediaKind kind;

  AcceptedType(String mediaType, String extension, String label, MediaKind kind) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.label = label;
    this.kind = kind;
  }

  /** The accepted type for a detected media type (parameters such as version ignored). */
  public static Optional<AcceptedType> of(String detectedMediaType) {
    if (detectedMediaType == null) {
      return Optional.empty();
    }
    String bare = detectedMediaType.split(";", 2)[0].trim();
    return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(bare)).findFirst();
  }

  /** For messages: "JPEG, PNG, GIF, WebP images and PDF documents". */
  public static String describeAll() {
    String images =
        Arrays.stream(values())
            .filter(t -> t.kind == MediaKind.IMAGE)
            .map(t -> t.label)
            .collect(Collectors.joining(", "));
    String documents =
        Arrays.stream(values())
            .filter(t -> t.kind == MediaKind.DOCUMENT)
            .map(t -> t.label)
            .collect(Collectors.joining(", "));
    return images + " images and " + documents + " documents";
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public MediaKind kind() {
    return kind;
  }
}
