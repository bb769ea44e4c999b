package uk.police.saferportal.content.media.entity;

import java.util.Locale;
import java.util.Optional;

/** Images are shown in content and need alt text; documents are linked to and downloaded. */
public enum MediaKind {
  IMAGE,
  DOCUMENT;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MediaKind> fromApiName(String name) {
    for (MediaKind kind : values()) {
      if (kind.apiName().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
