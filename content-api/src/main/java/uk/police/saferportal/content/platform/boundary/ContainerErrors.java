package uk.police.saferportal.content.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.saferportal.content.platform.control.RequestId;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * The error page of the whole WAR (web.xml): an error the container answers itself, outside JAX-RS
 * and its exception mappers, is answered as a problem like every other. Without it the container
 * sends its HTML report, which names the server.
 */
@WebServlet(name = "ContainerErrors", urlPatterns = "/container-error")
public class ContainerErrors extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure != null) {
      RequestId.log(LOG, Level.SEVERE, "Unexpected error outside JAX-RS", failure);
    }
    ProblemType type =
        Arrays.stream(ProblemType.values())
            .filter(candidate -> candidate.status() == status)
            .findFirst()
            .orElse(status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST);
    ProblemResponses.write(response, status, Problem.of(type, detail(type)));
  }

  private static String detail(ProblemType type) {
    return switch (type) {
      case NOT_FOUND -> "There is nothing at this address. The API's addresses start /api/v1/.";
      case METHOD_NOT_ALLOWED -> "This address does not take this method.";
      case INTERNAL -> "Please try again later.";
      default -> "The request could not be read.";
    };
  }
}
