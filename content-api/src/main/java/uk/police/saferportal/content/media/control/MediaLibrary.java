package uk.police.saferportal.content.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.police.saferportal.content.media.entity.ContentUse;
import uk.police.saferportal.content.media.entity.InspectedFile;
import uk.police.saferportal.content.media.entity.MediaFileName;
import uk.police.saferportal.content.media.entity.MediaItem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;

/**
 * The staff use cases on the media library, each in one transaction with its audit entry. A stale
 * version is refused before anything changes; an item that content still uses is not deleted.
 * Permissions are checked at the boundary.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {
  static final String SUBJECT = "media";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject MediaStore store;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Adds a file whose type the bytes decide; a new upload is always a new item and address. */
  public MediaItem upload(
      byte[] content, String uploadedName, String altText, String title, String author) {
    InspectedFile file = MediaInspector.inspect(content);
    String fileName = MediaFileName.clean(uploadedName, file.type());
    MediaItem item =
        new MediaItem(newKey(), file, fileName, altText, title, author, clock.instant());
    store.add(item, content);
    audit.record(
        author,
        "media.upload",
        SUBJECT,
        item.publicKey(),
        fileName + " (" + file.type().mediaType() + ", " + file.size() + " bytes)");
    return item;
  }

  public MediaItem describe(
      String publicKey, long expectedVersion, String altText, String title, String editor) {
    MediaItem item = current(publicKey, Optional.of(expectedVersion));
    String before = describe(item);
    item.describe(altText, title, editor, clock.instant());
    audit.record(editor, "media.update", SUBJECT, publicKey, before + " -> " + describe(item));
    return item;
  }

  public void delete(String publicKey, Optional<Long> expectedVersion, String who) {
    MediaItem item = current(publicKey, expectedVersion);
    List<ContentUse> uses = store.usedBy(item);
    if (!uses.isEmpty()) {
      throw ProblemException.of(
          ProblemType.CONFLICT,
          "This file is still used by "
              + uses.stream()
                  .map(u -> u.contentType() + " \"" + u.title() + "\" (" + u.slug() + ")")
                  .collect(Collectors.joining(", "))
              + ". Remove it from there first.");
    }
    store.remove(item);
    audit.record(who, "media.delete", SUBJECT, publicKey, item.fileName());
  }

  private MediaItem current(String publicKey, Optional<Long> expectedVersion) {
    MediaItem item =
        store.find(publicKey).orElseThrow(() -> ProblemException.notFound("The media item"));
    if (expectedVersion.isPresent() && expectedVersion.get() != item.version()) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "Someone else changed this file's details in the meantime. Reload it and try again.");
    }
    return item;
  }

  private static String newKey() {
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  /** What the audit log keeps of a description; alt text and title are public words, no secrets. */
  private static String describe(MediaItem item) {
    return item.fileName()
        + ", alt: \""
        + item.altText().orElse("")
        + "\", title: \""
        + item.title().orElse("")
        + "\"";
  }
}
