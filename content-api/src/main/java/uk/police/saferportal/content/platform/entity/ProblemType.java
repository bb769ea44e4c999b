package uk.police.saferportal.content.platform.entity;

/** The stable problem types of the API, with their HTTP status and human title. */
public enum ProblemType {
  VALIDATION("validation", 400, "Some of the information is not valid"),
  INVALID_PARAMETER("invalid-parameter", 400, "A query parameter is not valid"),
  MALFORMED_REQUEST("malformed-request", 400, "The request could not be read"),
  UNAUTHENTICATED("unauthenticated", 401, "Sign-in required"),
  FORBIDDEN("forbidden", 403, "You do not have permission to do this"),
  NOT_FOUND("not-found", 404, "Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
  CONFLICT("conflict", 409, "Conflict"),
  GONE("gone", 410, "This is no longer available"),
  PRECONDITION_FAILED("precondition-failed", 412, "Someone else changed this in the meantime"),
  PUBLISHING_CHECKS("publishing-checks", 422, "This cannot be published yet"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request is too large"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
  PRECONDITION_REQUIRED("precondition-required", 428, "If-Match header required"),
  ACCOUNT_LOCKED("account-locked", 429, "Too many failed sign-in attempts"),
  INTERNAL("internal", 500, "Something went wrong on our side"),
  UNAVAILABLE("unavailable", 503, "Service temporarily unavailable");

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public String slug() {
    return slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The generic type for a status that the API itself did not choose (JAX-RS routing errors). */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status
          && type != VALIDATION
          && type != INVALID_PARAMETER
          && type != PUBLISHING_CHECKS) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
  }
}
