package uk.police.saferportal.content.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * One file in the media library. Life cycle: uploaded (its bytes, type and size fixed for good, so
 * its address can be cached for a year), described again any number of times (alt text, title),
 * deleted once no content uses it. An image always has alt text. The version guards against two
 * editors overwriting each other's description.
 */
@Entity
@Table(name = "media")
public class MediaItem {
  public static final int MAX_ALT_LENGTH = 300;
  public static final int MAX_TITLE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_key", nullable = false, unique = true, updatable = false)
  private String publicKey;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MediaKind kind;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(updatable = false)
  private Integer width;

  @Column(updatable = false)
  private Integer height;

  @Column(name = "alt_text")
  private String altText;

  @Column private String title;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected MediaItem() {}

  public MediaItem(
      String publicKey,
      InspectedFile file,
      String fileName,
      String altText,
      String title,
      String author,
      Instant now) {
    this.publicKey = Objects.requireNonNull(publicKey);
    this.sha256 = file.sha256();
    this.fileName = Objects.requireNonNull(fileName);
    this.mediaType = file.type().mediaType();
    this.kind = file.type().kind();
    this.sizeBytes = file.size();
    this.width = file.width();
    this.height = file.height();
    this.createdAt = now;
    this.createdBy = Objects.requireNonNull(author);
    describe(altText, title, author, now);
  }

  /** Changes what the item is said to show; an image keeps alt text. */
  public void describe(String newAltText, String newTitle, String editor, Instant now) {
    String alt = trimmed(newAltText);
    String cleanTitle = trimmed(newTitle);
    if (kind == MediaKind.IMAGE && alt == null) {
      throw ProblemException.invalidField(
          "alt", "Enter alt text: describe what the image shows for people who cannot see it");
    }
    if (alt != null && alt.length() > MAX_ALT_LENGTH) {
      throw ProblemException.invalidField(
          "alt", "Alt text must be " + MAX_ALT_LENGTH + " characters or fewer");
    }
    if (cleanTitle != null && cleanTitle.length() > MAX_TITLE_LENGTH) {
      throw ProblemException.invalidField(
          "title", "The title must be " + MAX_TITLE_LENGTH + " characters or fewer");
    }
    this.altText = alt;
    this.title = cleanTitle;
    this.updatedAt = now;
    this.updatedBy = Objects.requireNonNull(editor);
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The address on the public site, the one to use in rich text. */
  public String address() {
    return LibraryAddress.of(publicKey, fileName);
  }

  public Long id() {
    return id;
  }

  public String publicKey() {
    return publicKey;
  }

  public String sha256() {
    return sha256;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public MediaKind kind() {
    return kind;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Optional<Integer> width() {
    return Optional.ofNullable(width);
  }

  public Optional<Integer> height() {
    return Optional.ofNullable(height);
  }

  public Optional<String> altText() {
    return Optional.ofNullable(altText);
  }

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}
