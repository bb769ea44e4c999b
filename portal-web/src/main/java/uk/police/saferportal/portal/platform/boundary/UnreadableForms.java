package uk.police.saferportal.portal.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses, with the helpful page, a form the container cannot read, before anyone tries: the
 * container would otherwise fail wherever the first parameter is read, with a 500. A form too large
 * to be one of the portal's gets 413; a file upload without the boundary that separates its parts,
 * 400. Typed forms are at most {@code saferportal.portal.max-form-bytes} (1 MiB by default, far
 * above the longest article); file uploads as much as web.xml's multipart-config allows. A form
 * sent without its length is read here, so that one too large fails here too.
 */
public class UnreadableForms extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** As web.xml's multipart-config max-request-size. */
  static final long MAX_UPLOAD_BYTES = 12_648_448;

  private final long maxFormBytes =
      ConfigProvider.getConfig()
          .getOptionalValue("saferportal.portal.max-form-bytes", Long.class)
          .orElse(1_048_576L);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type =
        request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    long length = request.getContentLengthLong();
    if (type.startsWith("multipart/form-data")) {
      if (length > MAX_UPLOAD_BYTES) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      if (!type.contains("boundary=")) {
        refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      if (length > maxFormBytes) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      if (length < 0 && !readable(request)) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Whether the container can read the parameters of a form of unknown length, within bounds. */
  private boolean readable(HttpServletRequest request) {
    try {
      long size = 0;
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        size += parameter.getKey().length();
        for (String value : parameter.getValue()) {
          size += value == null ? 0 : value.length();
        }
      }
      return size <= maxFormBytes;
    } catch (IllegalStateException tooLarge) {
      return false;
    }
  }

  /** The helpful page, with this status, rendered for a request that no longer offers its form. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException, ServletException {
    response.setStatus(status);
    response.setHeader("Cache-Control", PublicPageCaching.NO_STORE);
    response.setHeader("Connection", "close");
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.getRequestDispatcher(ErrorPage.LOCATION).forward(new WithoutForm(request), response);
  }

  /** The request as a GET with no parameters and no body: the error page must not read the form. */
  private static final class WithoutForm extends HttpServletRequestWrapper {
    WithoutForm(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public long getContentLengthLong() {
      return 0;
    }

    @Override
    public int getContentLength() {
      return 0;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream empty = new ByteArrayInputStream(new byte[0]);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return true;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
          throw new IllegalStateException("no body");
        }

        @Override
        public int read() {
          return empty.read();
        }
      };
    }
  }
}
