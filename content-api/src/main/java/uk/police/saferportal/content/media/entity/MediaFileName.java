package uk.police.saferportal.content.media.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name a media item is served under: the uploaded name reduced to lower-case letters,
 * digits, dots and dashes (safe in a URL path and a Content-Disposition header without encoding),
 * with the extension of the type detected from the bytes, not the one the uploader gave.
 */
public final class MediaFileName {
  static final int MAX_BASE_LENGTH = 80;
  private static final String FALLBACK = "file";

  private MediaFileName() {}

  public static String clean(String uploaded, AcceptedType type) {
    String name = uploaded == null ? "" : uploaded;
    // browsers may send a full path (C:\fakepath\photo.jpg)
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String base =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (base.length() > MAX_BASE_LENGTH) {
      base = base.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
    }
    if (base.isEmpty()) {
      base = FALLBACK;
    }
    return base + "." + type.extension();
  }
}
