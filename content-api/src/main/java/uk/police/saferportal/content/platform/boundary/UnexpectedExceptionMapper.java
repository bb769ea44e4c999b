package uk.police.saferportal.content.platform.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
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
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, exception);
    return ProblemResponses.of(
        Problem.of(
            ProblemType.INTERNAL,
            "Please try again later. If it keeps happening, quote reference " + reference + "."));
  }
}
