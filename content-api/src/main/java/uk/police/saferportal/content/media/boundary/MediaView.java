package uk.police.saferportal.content.media.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import uk.police.saferportal.content.media.entity.ContentUse;
import uk.police.saferportal.content.media.entity.MediaItem;

/**
 * A media item as staff see it. {@code id} is its public key; {@code url} is the address to use in
 * rich text. {@code usedBy} is given for one item, not in lists. Absent fields are omitted.
 */
@JsonbPropertyOrder({
  "id",
  "url",
  "fileName",
  "mediaType",
  "kind",
  "size",
  "width",
  "height",
  "alt",
  "title",
  "usedBy",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
  "version"
})
public record MediaView(
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
    long version) {

  /** Content whose body uses the item. */
  public record Use(String contentType, String slug, String title) {
    static Use of(ContentUse use) {
      return new Use(use.contentType(), use.slug(), use.title());
    }
  }

  public static MediaView listItem(MediaItem item) {
    return of(item, null);
  }

  public static MediaView detail(MediaItem item, List<ContentUse> uses) {
    return of(item, uses.stream().map(Use::of).toList());
  }

  private static MediaView of(MediaItem m, List<Use> uses) {
    return new MediaView(
        m.publicKey(),
        m.address(),
        m.fileName(),
        m.mediaType(),
        m.kind().apiName(),
        m.sizeBytes(),
        m.width().orElse(null),
        m.height().orElse(null),
        m.altText().orElse(null),
        m.title().orElse(null),
        uses,
        m.createdAt(),
        m.createdBy(),
        m.updatedAt(),
        m.updatedBy(),
        m.version());
  }
}
