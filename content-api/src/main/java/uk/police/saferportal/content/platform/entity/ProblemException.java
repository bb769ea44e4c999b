package uk.police.saferportal.content.platform.entity;

import java.util.List;
import java.util.Map;

/** Thrown anywhere in the API to answer with a problem; mapped to problem+json at the boundary. */
public class ProblemException extends RuntimeException {
  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  public static ProblemException of(ProblemType type, String detail) {
    return new ProblemException(Problem.of(type, detail));
  }

  public static ProblemException notFound(String what) {
    return of(ProblemType.NOT_FOUND, what + " was not found.");
  }

  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        Problem.withErrors(
            ProblemType.VALIDATION, message, List.of(new Problem.FieldError(field, message))));
  }

  public static ProblemException invalidParameter(String parameter, String message) {
    return new ProblemException(
        Problem.withErrors(
            ProblemType.INVALID_PARAMETER,
            message,
            List.of(new Problem.FieldError(parameter, message))));
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
