package uk.police.saferportal.content.platform.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.police.saferportal.content.platform.control.DatabaseProbe;

/**
 * A failure of a {@code @Transactional} method, or of its commit, answered like any other: by what
 * caused it ({@link UnexpectedExceptionMapper}), 503 when the database is out of reach. Jersey's
 * own mapper for this exception fails when the cause has no mapper of its own (a commit whose
 * outcome is unknown), and the container then answers an HTML 500.
 */
@Provider
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {
  @Inject DatabaseProbe database;

  @Override
  public Response toResponse(TransactionalException exception) {
    return new UnexpectedExceptionMapper(database).toResponse(exception);
  }
}
