package uk.police.saferportal.content.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import uk.police.saferportal.content.platform.control.PublicReadCache;

/**
 * Public reads of published content, answered from the {@link PublicReadCache} when this request
 * was answered before: the key is the path and the query parameters as sent (still encoded, so no
 * value can pass for another parameter), sorted by name. Only the first request after a change
 * reaches the database; a client that holds the answer gets 304 without it being written again.
 * What the caller's {@code answer} throws (a bad parameter, a 404) is answered as usual and kept
 * nowhere.
 */
@ApplicationScoped
public class PublicReads {
  @Inject PublicReadCache cache;

  public Response answer(UriInfo uri, Request request, Supplier<Object> answer) {
    PublicReadCache.Answer kept =
        cache.answer(
            key(uri.getPath(), uri.getQueryParameters(false)),
            () -> HttpCaching.JSONB.toJson(answer.get()));
    return HttpCaching.publicAnswer(request, kept.bytes(), kept.etag());
  }

  static String key(String path, Map<String, List<String>> encodedQuery) {
    StringBuilder key = new StringBuilder(path);
    char separator = '?';
    for (var parameter : new TreeMap<>(encodedQuery).entrySet()) {
      for (String value : parameter.getValue()) {
        key.append(separator).append(parameter.getKey()).append('=').append(value);
        separator = '&';
      }
    }
    return key.toString();
  }
}
