package uk.police.saferportal.content.platform.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail, the only error shape the API answers with. {@code type} is a stable
 * identifier clients may branch on; {@code errors} lists per-field messages.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://saferportal.police.uk/problems/";

  /** A message about one field of a request body or one query parameter. */
  public record FieldError(String field, String message) {}

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, null);
  }

  public static Problem withErrors(ProblemType type, String detail, List<FieldError> errors) {
    return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, errors);
  }
}
