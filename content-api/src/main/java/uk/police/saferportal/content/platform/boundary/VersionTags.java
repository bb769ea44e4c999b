package uk.police.saferportal.content.platform.boundary;

import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Optimistic locking over HTTP: a staff read carries the item's version as its ETag, and a write
 * sends it back in {@code If-Match}. A tag that does not name the current version gets 412.
 */
public final class VersionTags {
  private VersionTags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an {@code If-Match} header names; required: a write without it is 428. */
  public static long required(String ifMatch) {
    return optional(ifMatch)
        .orElseThrow(
            () ->
                ProblemException.of(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you last read in an If-Match header, so a change made by"
                        + " someone else in the meantime is not overwritten."));
  }

  /** The version an {@code If-Match} header names, if one was sent. */
  public static Optional<Long> optional(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return Optional.empty();
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Optional.of(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "The If-Match header does not name a version of this item. Reload it and try again.");
    }
  }
}
