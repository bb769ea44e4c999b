package uk.police.saferportal.portal.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.servlet.BufferedHttpServletResponse;

/**
 * A page held back until it is complete (OmniFaces' buffered response), so {@link
 * PublicPageCaching} can tag it by its bytes and answer 304 instead. Nothing reaches the client
 * before {@link #sendBuffered}, and the length is the buffer's. An error or a redirect goes
 * straight through, never to be stored: an error page follows as another dispatch.
 */
final class BufferedResponse extends BufferedHttpServletResponse {
  private boolean failed;

  BufferedResponse(HttpServletResponse response) {
    super(response);
  }

  /** The page as written so far. */
  byte[] bytes() throws IOException {
    return getBuffer();
  }

  /** Whether the page answered with an error or a redirect instead of its own body. */
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
  public void sendError(int status) throws IOException {
    notStored();
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    notStored();
    super.sendError(status, message);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    notStored();
    super.sendRedirect(location);
  }

  @Override
  public void flushBuffer() {
    // OmniFaces' flushes the real response first, which would send the headers before the ETag;
    // what the page wrote stays in the buffer until it is sent
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

  private void notStored() {
    failed = true;
    setHeader("Cache-Control", PublicPageCaching.NO_STORE);
  }
}
