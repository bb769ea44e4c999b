package uk.police.saferportal.content.media.entity;

import java.util.Objects;

/**
 * What the bytes of an upload turned out to be: the accepted type detected from them, their size
 * and SHA-256, and for images the dimensions when they could be read.
 */
public record InspectedFile(
    AcceptedType type, long size, String sha256, Integer width, Integer height) {
  public InspectedFile {
    Objects.requireNonNull(type);
    Objects.requireNonNull(sha256);
  }
}
