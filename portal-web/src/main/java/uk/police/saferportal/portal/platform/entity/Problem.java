package uk.police.saferportal.portal.platform.entity;

import java.util.List;

/** An RFC 9457 problem answered by the content API. */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {
  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A message about one field. */
  public record FieldError(String field, String message) {}

  public boolean isOfType(String slug) {
    return type != null && type.endsWith("/problems/" + slug);
  }
}
