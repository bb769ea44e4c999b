package uk.police.saferportal.portal.platform.boundary;

import jakarta.ws.rs.ProcessingException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Problem;

/**
 * The one way pages call the content API. A problem the API answers becomes words on the page: the
 * page's own words for a status it names ({@link #on}), else the API's words beside the fields they
 * are about, else in the error summary. An API out of reach is said the same way on every page.
 * Beans never catch the API's exceptions themselves.
 */
public final class ApiCall<T> {
  /** What a form says when the content API cannot be reached. */
  public static final String UNAVAILABLE =
      "Sorry, the content service is not available at the moment. Try again in a few minutes.";

  private final Supplier<T> request;
  private final Map<Integer, Consumer<Problem>> byStatus = new HashMap<>();
  private Set<String> fields = Set.of();
  private Consumer<Problem> otherwise;

  private ApiCall(Supplier<T> request) {
    this.request = request;
    this.otherwise = problem -> ProblemMessages.show(problem, fields);
  }

  public static <T> ApiCall<T> of(Supplier<T> request) {
    return new ApiCall<>(request);
  }

  /** A call that answers nothing, such as a delete. */
  public static ApiCall<Boolean> run(Runnable request) {
    return new ApiCall<>(
        () -> {
          request.run();
          return Boolean.TRUE;
        });
  }

  /** The page's fields: the API's per-field messages are shown beside them. */
  public ApiCall<T> fields(Set<String> fieldIds) {
    this.fields = Set.copyOf(fieldIds);
    return this;
  }

  /** The page's own words, in the error summary, for a problem of this status. */
  public ApiCall<T> on(int status, String message) {
    return on(status, problem -> ProblemMessages.error(null, message));
  }

  /** The page's own handling of a problem of this status. */
  public ApiCall<T> on(int status, Consumer<Problem> handling) {
    byStatus.put(status, handling);
    return this;
  }

  /** The handling of every problem {@link #on} does not name (by default: show its messages). */
  public ApiCall<T> otherwise(Consumer<Problem> handling) {
    this.otherwise = handling;
    return this;
  }

  /** For a form or button: the answer, or empty once what went wrong is on the page. */
  public Optional<T> submit() {
    return attempt(() -> ProblemMessages.error(null, UNAVAILABLE));
  }

  /**
   * For what a staff page shows: the answer, or empty after a problem was handled or, when the API
   * is out of reach, after {@code unavailable} ran (the page then shows its apology).
   */
  public Optional<T> load(Runnable unavailable) {
    return attempt(unavailable);
  }

  /**
   * For what a public page shows: as {@link #load}, and an unavailable API answers 503, so that
   * caches and search engines do not keep the apology as the page.
   */
  public Optional<T> loadPublic(Runnable unavailable) {
    return attempt(
        () -> {
          unavailable.run();
          Faces.setResponseStatus(503);
        });
  }

  private Optional<T> attempt(Runnable unavailable) {
    try {
      return Optional.ofNullable(request.get());
    } catch (ApiProblemException e) {
      byStatus.getOrDefault(e.status(), otherwise).accept(e.problem());
    } catch (ApiUnavailableException | ProcessingException e) {
      unavailable.run();
    }
    return Optional.empty();
  }

  /**
   * For a public page of one item: the item; the helpful 404 page when there is none; empty, after
   * {@code unavailable} ran, when the API is out of reach.
   */
  public static <T> Optional<T> publicItem(
      Supplier<Optional<T>> request, String notFound, Runnable unavailable) {
    boolean[] reached = {true};
    Optional<T> item =
        of(request)
            .loadPublic(
                () -> {
                  reached[0] = false;
                  unavailable.run();
                })
            .flatMap(found -> found);
    if (item.isEmpty() && reached[0]) {
      notFound(notFound);
    }
    return item;
  }

  /** Answers this request with the helpful 404 page. */
  public static void notFound(String reason) {
    Faces.responseSendError(404, reason);
    Faces.responseComplete();
  }
}
