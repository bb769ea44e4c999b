package uk.police.saferportal.portal.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;

/**
 * The one error page for whatever went wrong, other than a missing page (404.xhtml): which words it
 * shows, and with which status. It is web.xml's only location for exceptions, because PrimeFaces
 * writes every exception type web.xml maps to a page into each page's script; the exception is
 * therefore told apart here, not in web.xml. An expired or forged view is the visitor's request
 * (400), a page that asks for a password the visitor did not give (Payara's /metrics) 401, an
 * unavailable content API is 503, a form too large 413, anything else 500. In an ajax request the
 * page is sent inside the ajax answer, which must stay a 200.
 */
@Named
@RequestScoped
public class ErrorPage {
  /** Where web.xml sends every error it does not send to the 404 page. */
  public static final String LOCATION = "/WEB-INF/errorpages/error.xhtml";

  /** What went wrong, by the words the page shows. */
  public enum Kind {
    EXPIRED(400, "This page has expired"),
    BAD_REQUEST(400, "Sorry, we could not understand that request"),
    UNAUTHORISED(401, "This page is not public"),
    TOO_LARGE(413, "What you sent is too large"),
    UNAVAILABLE(503, "Sorry, the service is unavailable"),
    PROBLEM(500, "Sorry, there is a problem with the service");

    final int status;
    final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }
  }

  private Kind kind = Kind.PROBLEM;

  @PostConstruct
  void decide() {
    Object exception = Faces.getRequestAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object code = Faces.getRequestAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    kind = kindOf(exception instanceof Throwable t ? t : null, code instanceof Integer i ? i : 500);
    if (!Faces.isAjaxRequest()) {
      Faces.setResponseStatus(kind.status);
    }
  }

  static Kind kindOf(Throwable exception, int status) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return Kind.EXPIRED;
      }
      if (cause instanceof ApiUnavailableException) {
        return Kind.UNAVAILABLE;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    if (exception != null) {
      return Kind.PROBLEM;
    }
    return switch (status) {
      case 400 -> Kind.BAD_REQUEST;
      case 401 -> Kind.UNAUTHORISED;
      case 413 -> Kind.TOO_LARGE;
      case 503 -> Kind.UNAVAILABLE;
      default -> Kind.PROBLEM;
    };
  }

  /** The file of the page's words, in WEB-INF/errorpages. */
  public String getView() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".xhtml";
  }

  public String getTitle() {
    return kind.title;
  }
}
