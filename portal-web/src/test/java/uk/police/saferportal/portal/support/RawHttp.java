package uk.police.saferportal.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 as bytes on a socket, for requests no well-behaved client sends: malformed headers,
 * unencoded characters in the address, a body of a length it does not declare.
 */
public final class RawHttp {
  private RawHttp() {}

  /** An answer: its status (-1 when there was none) and everything after the status line. */
  public record Answer(int status, String rest) {}

  /** Sends the request head (lines without their CRLF ends) and body; reads the whole answer. */
  public static Answer send(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
      out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      if (body != null) {
        try {
          out.write(body);
        } catch (IOException refusedMidway) {
          // the server may answer and close before reading all of a body it refuses
        }
      }
      out.flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[16_384];
      try {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          answer.write(buffer, 0, read);
        }
      } catch (SocketTimeoutException | java.net.SocketException e) {
        // what arrived is the answer
      }
      String text = answer.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n");
      String statusLine = end < 0 ? text : text.substring(0, end);
      String[] parts = statusLine.split(" ");
      int status = -1;
      if (parts.length > 1 && parts[0].startsWith("HTTP/")) {
        try {
          status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
          status = -1;
        }
      }
      return new Answer(status, end < 0 ? "" : text.substring(end + 2));
    }
  }
}
