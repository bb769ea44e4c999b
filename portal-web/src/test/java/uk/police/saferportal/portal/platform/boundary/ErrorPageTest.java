package uk.police.saferportal.portal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;

class ErrorPageTest {

  @Test
  void tellsTheCasesApartByTheExceptionWhereverItIsInTheChain() {
    assertEquals(
        ErrorPage.Kind.EXPIRED,
        ErrorPage.kindOf(new ServletException(new ViewExpiredException("x", "/a.xhtml")), 500));
    assertEquals(
        ErrorPage.Kind.UNAVAILABLE,
        ErrorPage.kindOf(new FacesException(new ApiUnavailableException(null)), 500));
    assertEquals(ErrorPage.Kind.PROBLEM, ErrorPage.kindOf(new IllegalStateException(), 500));
  }

  @Test
  void withoutAnExceptionTheStatusDecides() {
    assertEquals(ErrorPage.Kind.BAD_REQUEST, ErrorPage.kindOf(null, 400));
    assertEquals(ErrorPage.Kind.UNAUTHORISED, ErrorPage.kindOf(null, 401));
    assertEquals(ErrorPage.Kind.TOO_LARGE, ErrorPage.kindOf(null, 413));
    assertEquals(ErrorPage.Kind.UNAVAILABLE, ErrorPage.kindOf(null, 503));
    assertEquals(ErrorPage.Kind.PROBLEM, ErrorPage.kindOf(null, 500));
  }
}
