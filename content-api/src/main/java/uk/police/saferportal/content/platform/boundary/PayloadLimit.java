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
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Refuses request bodies over the configured limit, whether announced by Content-Length or streamed
 * in chunks, before any of it is parsed. Media uploads (POST to the media library) alone may carry
 * a file up to the media limit, plus room for the form around it.
 */
@Provider
@PreMatching
public class PayloadLimit implements ContainerRequestFilter {
  /** The media library's upload address, relative to /api/v1. */
  static final String MEDIA_UPLOAD_PATH = "admin/media";

  /** The multipart headers, alt text and title around an uploaded file. */
  static final long FORM_ALLOWANCE = 64 * 1024;

  @Inject
  @ConfigProperty(name = "api.max-request-bytes", defaultValue = "524288")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "saferportal.media.max-bytes", defaultValue = "10485760")
  long maxMediaBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean upload = isMediaUpload(request);
    long limit = upload ? Math.max(maxBytes, maxMediaBytes + FORM_ALLOWANCE) : maxBytes;
    // made only when needed: an exception's stack trace costs more than the rest of a read
    Supplier<ProblemException> tooLarge =
        upload
            ? () -> fileTooLarge(maxMediaBytes)
            : () -> tooLarge("The request body is larger than " + readable(maxBytes) + ".");
    if (request.getLength() > limit) {
      throw tooLarge.get();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new BoundedInputStream(request.getEntityStream(), limit, tooLarge));
    }
  }

  private static boolean isMediaUpload(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return "POST".equals(request.getMethod()) && MEDIA_UPLOAD_PATH.equals(path);
  }

  /** The answer to a file over the media library's limit, wherever it is noticed. */
  public static ProblemException fileTooLarge(long maxFileBytes) {
    return tooLarge(
        "The file is too large. Upload files of " + readable(maxFileBytes) + " or less.");
  }

  /** Closes the connection too: the rest of the body is not worth reading. */
  private static ProblemException tooLarge(String detail) {
    return new ProblemException(
        Problem.of(ProblemType.PAYLOAD_TOO_LARGE, detail), Map.of("Connection", "close"));
  }

  static String readable(long bytes) {
    long mb = 1024 * 1024;
    return bytes >= mb && bytes % mb == 0 ? bytes / mb + " MB" : Math.max(1, bytes / 1024) + " KB";
  }

  private static final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final Supplier<ProblemException> tooLarge;
    private long read;

    BoundedInputStream(InputStream in, long limit, Supplier<ProblemException> tooLarge) {
      super(in);
      this.limit = limit;
      this.tooLarge = tooLarge;
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
        throw tooLarge.get();
      }
    }
  }
}
