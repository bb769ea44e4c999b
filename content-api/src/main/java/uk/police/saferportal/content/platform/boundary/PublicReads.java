package uk.police.saferportal.content.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import uk.police.saferportal.content.platform.control.PublicReadCache;

/**
 * Public reads of published content, answered from the {@link PublicReadCache} when this request
 * was answered before: the key is the path and the query parameters as sent (still encoded, so no
 * value can pass for another parameter), sorted by name. Only the first request after a change
 * reaches the database; later ones are answered by {@link CachedPublicReads} before JAX-RS, from
 * the same key, computed by the same {@link #key(String, String)} from the same servlet request. A
 * client that holds the answer gets 304 without it being written again. What the caller's {@code
 * answer} throws (a bad parameter, a 404) is answered as usual and kept nowhere.
 */
@ApplicationScoped
public class PublicReads {
  private static final Comparator<String> BY_NAME = Comparator.comparing(PublicReads::nameOf);

  @Inject PublicReadCache cache;
  @Inject HttpServletRequest servletRequest;

  public Response answer(UriInfo uri, Request request, Supplier<Object> answer) {
    PublicReadCache.Answer kept =
        cache.answer(
            key(servletRequest.getRequestURI(), servletRequest.getQueryString()),
            () -> HttpCaching.JSONB.toJson(answer.get()));
    return HttpCaching.publicAnswer(request, kept.bytes(), kept.etag());
  }

  /**
   * The cache key of a request: its path as sent, then its query parameters as sent (still
   * encoded), sorted by name, the values of one name in their order, empty ones left out (JAX-RS
   * reads neither the order of different names nor empty parameters).
   */
  static String key(String rawPath, String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return rawPath;
    }
    List<String> parameters = new ArrayList<>();
    for (String parameter : rawQuery.split("&")) {
      if (!parameter.isEmpty()) {
        parameters.add(parameter);
      }
    }
    parameters.sort(BY_NAME); // stable: one name's values keep their order
    StringBuilder key = new StringBuilder(rawPath.length() + rawQuery.length() + 1).append(rawPath);
    char separator = '?';
    for (String parameter : parameters) {
      key.append(separator).append(parameter);
      separator = '&';
    }
    return key.toString();
  }

  private static String nameOf(String parameter) {
    int equals = parameter.indexOf('=');
    return equals < 0 ? parameter : parameter.substring(0, equals);
  }
}
