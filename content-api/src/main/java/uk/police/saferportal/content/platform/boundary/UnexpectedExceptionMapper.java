package uk.police.saferportal.content.platform.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.saferportal.content.platform.control.DatabaseOutage;
import uk.police.saferportal.content.platform.control.DatabaseProbe;
import uk.police.saferportal.content.platform.control.RequestId;
import uk.police.saferportal.content.platform.control.UniqueViolation;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * The last line: anything unexpected is logged with a reference and answered with a generic problem
 * carrying only that reference. Exceptions wrapped by EJB or CDI are unwrapped first so a problem
 * raised inside a transaction still reaches the client as itself.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Inject DatabaseProbe database;

  public UnexpectedExceptionMapper() {}

  UnexpectedExceptionMapper(DatabaseProbe database) {
    this.database = database;
  }

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return ProblemResponses.of(problem.problem(), problem.headers());
      }
      if (cause instanceof ConstraintViolationException invalid) {
        return new ValidationExceptionMapper().toResponse(invalid);
      }
      if (cause instanceof OptimisticLockException) {
        return ProblemResponses.of(
            Problem.of(
                ProblemType.PRECONDITION_FAILED,
                "Someone else saved a change first. Reload it and make your change again."));
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    if (UniqueViolation.causes(exception)) {
      return ProblemResponses.of(
          Problem.of(
              ProblemType.CONFLICT,
              "Someone else saved the same thing at the same moment. Reload and try again."));
    }
    // a connection failure, or anything at all while the database does not answer (a commit
    // whose outcome the transaction manager could not learn, say): the client may try again
    if (DatabaseOutage.causes(exception) || (database != null && !database.reachable())) {
      return unavailable(exception);
    }
    String reference = UUID.randomUUID().toString();
    RequestId.log(LOG, Level.SEVERE, "Unexpected error, reference " + reference, exception);
    return ProblemResponses.of(
        Problem.of(
            ProblemType.INTERNAL,
            "Please try again later. If it keeps happening, quote reference " + reference + "."));
  }

  /**
   * The database is out of reach: 503 with Retry-After, logged in one line (its stack trace says
   * nothing the line does not, and an outage would write thousands of them).
   */
  static Response unavailable(Throwable exception) {
    RequestId.log(
        LOG, Level.WARNING, "Database unavailable, answered 503: " + rootOf(exception), null);
    ProblemException problem = DatabaseOutage.problem();
    return ProblemResponses.of(problem.problem(), problem.headers());
  }

  private static String rootOf(Throwable exception) {
    Throwable root = exception;
    for (int i = 0; i < 64 && root.getCause() != null && root.getCause() != root; i++) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
