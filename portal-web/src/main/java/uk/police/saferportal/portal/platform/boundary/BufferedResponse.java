package uk.police.saferportal.portal.platform.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A page held back until it is complete, so {@link PublicPageCaching} can tag it by its bytes and
 * answer 304 instead. Nothing reaches the client before {@link #sendBuffered}; the page's flushes
 * only flush into the buffer. An error ({@code sendError}) goes straight through: its error page
 * follows as another dispatch.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
  private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean failed;

  BufferedResponse(HttpServletResponse response) {
    super(response);
  }

  /** The page as written so far. */
  byte[] bytes() {
    if (writer != null) {
      writer.flush();
    }
    return body.toByteArray();
  }

  /** Whether the page answered with an error page of the container's instead of its own body. */
  boolean failed() {
    return failed;
  }

  /** Sends what the page wrote, with its length. */
  void sendBuffered() throws IOException {
    if (failed) {
      return;
    }
    byte[] bytes = bytes();
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (!response.isCommitted()) {
      response.setContentLength(bytes.length);
    }
    response.getOutputStream().write(bytes);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called already");
    }
    if (stream == null) {
      stream = new BufferStream();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called already");
    }
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(body, charset));
    }
    return writer;
  }

  @Override
  public void sendError(int status) throws IOException {
    failed = true;
    setHeader("Cache-Control", PublicPageCaching.NO_STORE);
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    failed = true;
    setHeader("Cache-Control", PublicPageCaching.NO_STORE);
    super.sendError(status, message);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    failed = true;
    setHeader("Cache-Control", PublicPageCaching.NO_STORE);
    super.sendRedirect(location);
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    discard();
  }

  @Override
  public void reset() {
    super.reset();
    discard();
  }

  private void discard() {
    if (writer != null) {
      writer.flush();
    }
    body.reset();
  }

  @Override
  public void setContentLength(int length) {
    // the length is the buffer's, set when it is sent
  }

  @Override
  public void setContentLengthLong(long length) {
    // the length is the buffer's, set when it is sent
  }

  @Override
  public void setBufferSize(int size) {
    // the whole page is buffered anyway
  }

  private final class BufferStream extends ServletOutputStream {
    @Override
    public void write(int b) {
      body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      body.write(bytes, offset, length);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("a buffered page is written synchronously");
    }
  }
}
