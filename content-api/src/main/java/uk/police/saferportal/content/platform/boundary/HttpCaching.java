package uk.police.saferportal.content.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import uk.police.saferportal.content.platform.control.PublicReadCache;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * Conditional GET for reads: the ETag is a digest of the exact JSON sent, so any change to what the
 * client would see changes the tag, and a matching {@code If-None-Match} gets 304.
 *
 * <p>Public reads say {@value #PUBLIC}: a browser revalidates every time (a cheap 304), while a
 * shared cache (a proxy or CDN in front of the API) may answer from its copy for 30 seconds and,
 * for 30 more, answer from it while it revalidates in the background. A publication therefore shows
 * behind such a cache within a minute at worst, and at once on our own instances. Staff reads are
 * {@code private, no-cache}; answers with secrets {@code no-store}.
 */
public final class HttpCaching {
  /** The Cache-Control of every public read. */
  public static final String PUBLIC = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";

  /** The Cache-Control of staff reads. */
  public static final String PRIVATE = "private, no-cache";

  static final Jsonb JSONB = JsonbBuilder.create();

  private HttpCaching() {}

  /** A public read that is not kept by {@link PublicReads} (reference data such as topics). */
  public static Response publicRead(Request request, Object entity) {
    String json = JSONB.toJson(entity);
    return conditional(request, json, PublicReadCache.digest(json), PUBLIC);
  }

  /** A staff read: never stored by shared caches, always revalidated. */
  public static Response privateRead(Request request, Object entity) {
    String json = JSONB.toJson(entity);
    return conditional(request, json, PublicReadCache.digest(json), PRIVATE);
  }

  /** For answers that carry secrets or staff-only state: no cache may keep them. */
  public static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setPrivate(true);
    return cache;
  }

  /**
   * The 304 to send when the client's {@code If-None-Match} names this version, or null to send the
   * answer. A read with an {@code If-Match} that names another version (allowed on GET, if odd) is
   * a 412 problem like any other: JAX-RS's own 412 has no body, and the container would fill it
   * with its HTML error page.
   */
  public static Response.ResponseBuilder preconditions(Request request, EntityTag tag) {
    Response.ResponseBuilder answer = request.evaluatePreconditions(tag);
    if (answer != null && answer.build().getStatus() == 412) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_FAILED,
          "The If-Match header names another version than the current one. Read it again without"
              + " If-Match.");
    }
    return answer;
  }

  /** A public answer already serialised, with its ETag: 304 when the client holds it. */
  static Response publicAnswer(Request request, byte[] json, String etag) {
    return conditional(request, json, etag, PUBLIC);
  }

  private static Response conditional(
      Request request, Object json, String etag, String cacheControl) {
    EntityTag tag = new EntityTag(etag);
    Response.ResponseBuilder notModified = preconditions(request, tag);
    if (notModified != null) {
      return notModified.header(HttpHeaders.CACHE_CONTROL, cacheControl).tag(tag).build();
    }
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
        .tag(tag)
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .build();
  }
}
