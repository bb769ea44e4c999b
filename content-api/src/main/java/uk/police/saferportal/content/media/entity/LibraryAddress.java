package uk.police.saferportal.content.media.entity;

import java.util.regex.Pattern;

/**
 * Where a media item is served, relative to the public site: the reverse proxy sends {@code /api/}
 * to the content API. Rich text may show images from these addresses only.
 */
public final class LibraryAddress {
  public static final String PREFIX = "/api/v1/media/";

  /** A library address: prefix, a public key of 32 hex digits, a cleaned file name. */
  public static final Pattern PATTERN =
      Pattern.compile("^" + Pattern.quote(PREFIX) + "[0-9a-f]{32}/[a-z0-9][a-z0-9.-]{0,99}$");

  private LibraryAddress() {}

  public static String of(String publicKey, String fileName) {
    return PREFIX + publicKey + "/" + fileName;
  }

  public static boolean isLibraryAddress(String url) {
    return url != null && PATTERN.matcher(url).matches();
  }
}
