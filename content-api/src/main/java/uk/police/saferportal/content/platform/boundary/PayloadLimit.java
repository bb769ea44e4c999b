package uk.police.saferportal.content.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Refuses request bodies over the configured limit, whether announced by Content-Length or streamed
 * in chunks, before any of it is parsed.
 */
@Provider
@PreMatching
public class PayloadLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "api.max-request-bytes", defaultValue = "524288")
  long maxBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      throw tooLarge();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBytes));
    }
  }

  /** Closes the connection too: the rest of the body is not worth reading. */
  private ProblemException tooLarge() {
    return new ProblemException(
        Problem.of(
            ProblemType.PAYLOAD_TOO_LARGE,
            "The request body is larger than " + (maxBytes / 1024) + " KB."),
        Map.of("Connection", "close"));
  }

  private final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private long read;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw tooLarge();
      }
    }
  }
}
