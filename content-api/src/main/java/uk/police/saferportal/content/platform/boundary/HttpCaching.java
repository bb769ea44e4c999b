package uk.police.saferportal.content.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional GET for reads: the ETag is a digest of the exact JSON sent, so any change to what the
 * client would see changes the tag, and a matching {@code If-None-Match} gets 304.
 */
public final class HttpCaching {
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final int PUBLIC_MAX_AGE_SECONDS = 60;

  private HttpCaching() {}

  /** A public read: shared caches may keep it briefly, then must revalidate. */
  public static Response publicRead(Request request, Object entity) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(PUBLIC_MAX_AGE_SECONDS);
    cache.setMustRevalidate(true);
    return conditional(request, entity, cache);
  }

  /** A staff read: never stored by shared caches, always revalidated. */
  public static Response privateRead(Request request, Object entity) {
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoCache(true);
    return conditional(request, entity, cache);
  }

  /** For answers that carry secrets or staff-only state: no cache may keep them. */
  public static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setPrivate(true);
    return cache;
  }

  private static Response conditional(Request request, Object entity, CacheControl cache) {
    String json = JSONB.toJson(entity);
    EntityTag tag = new EntityTag(digest(json));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.cacheControl(cache).tag(tag).build();
    }
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
  }

  private static String digest(String json) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
