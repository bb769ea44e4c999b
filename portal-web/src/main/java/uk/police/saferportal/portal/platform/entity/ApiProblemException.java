package uk.police.saferportal.portal.platform.entity;

/** The content API refused a request; the problem says why, in words fit for the user. */
public class ApiProblemException extends RuntimeException {
  private final transient Problem problem;

  public ApiProblemException(Problem problem) {
    super(problem.status() + " " + problem.title(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public int status() {
    return problem.status();
  }
}
