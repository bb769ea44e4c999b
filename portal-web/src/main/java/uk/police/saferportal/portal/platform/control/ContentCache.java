package uk.police.saferportal.portal.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;

/**
 * The public reads of this portal instance, kept in memory (Caffeine) so that a page view does not
 * always call the content API, and so that a burst of residents reading the same new article causes
 * one call, not one per resident: concurrent reads of a key wait for the one load.
 *
 * <p>Fresh answers live {@code saferportal.portal.cache-seconds} after they were fetched (300 by
 * default; 0 switches the cache off, last good copies included) and are purged at once when the
 * content API's webhook says that something was published, unpublished or archived ({@link
 * ClusterWidePurge} passes the purge on to the other instances). Failures are never kept.
 *
 * <p>Beside them, the last good copy of every read lives {@link #LAST_GOOD_LIFE} (a day). When the
 * API is unavailable (out of reach, or failing on its side), a read answers that copy instead of an
 * error and notes it in {@link StaleReads}, so the page says it may be out of date. A purge drops
 * the last good copies it concerns too, so an unpublished or archived item never comes back from
 * them.
 */
@ApplicationScoped
public class ContentCache {
  static final String ARTICLE = "article:";
  static final String LIST = "list:";
  static final int MAX_ENTRIES = 1_000;
  static final int MAX_LAST_GOOD = 2_000;

  /** How long a last good copy may stand in for an unavailable API. */
  static final Duration LAST_GOOD_LIFE = Duration.ofHours(24);

  /** A value as the API answered it, and when. */
  private record Copy(Object value, Instant fetchedAt) {}

  private Clock clock = Clock.systemUTC();
  private Ticker ticker = Ticker.systemTicker();
  private Cache<String, Object> fresh;
  private Cache<String, Copy> lastGood;
  private boolean off;
  // counts purges, so a load that began before a purge leaves no copy behind it
  private final AtomicLong purges = new AtomicLong();

  @Inject StaleReads staleReads;

  @Inject
  @ConfigProperty(name = "saferportal.portal.cache-seconds", defaultValue = "300")
  long seconds;

  protected ContentCache() {}

  ContentCache(Ticker ticker, Clock clock, Duration timeToLive, StaleReads staleReads) {
    this.ticker = ticker;
    this.clock = clock;
    this.staleReads = staleReads;
    build(timeToLive);
  }

  @PostConstruct
  void configure() {
    build(Duration.ofSeconds(Math.max(0, seconds)));
  }

  private void build(Duration timeToLive) {
    off = timeToLive.isZero();
    // upkeep (expiry, eviction) runs on the calling thread: no unmanaged threads in the server
    fresh =
        Caffeine.newBuilder()
            .expireAfterWrite(off ? Duration.ofSeconds(1) : timeToLive)
            .maximumSize(MAX_ENTRIES)
            .ticker(ticker)
            .executor(Runnable::run)
            .build();
    lastGood =
        Caffeine.newBuilder()
            .expireAfterWrite(LAST_GOOD_LIFE)
            .maximumSize(MAX_LAST_GOOD)
            .ticker(ticker)
            .executor(Runnable::run)
            .build();
  }

  /**
   * One published item of a type, purged when its slug changes; empty (and not kept, its last good
   * copy dropped) when the API has no such item.
   */
  public <T> Optional<T> item(String type, String slug, Supplier<T> load) {
    String key = ARTICLE + type + ":" + slug;
    try {
      return Optional.of(get(key, load));
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
        lastGood.invalidate(key);
        return Optional.empty();
      }
      throw e;
    }
  }

  /** A list of published items, purged whenever anything changes (an item may join or leave). */
  public <T> T list(String key, Supplier<T> load) {
    return get(LIST + key, load);
  }

  /**
   * Reference data such as topics and areas: kept its time to live, purged only with everything.
   */
  public <T> T reference(String key, Supplier<T> load) {
    return get(key, load);
  }

  /**
   * The cached value of a key, or the loaded one (one load at a time per key; kept unless loading
   * throws); when the API is unavailable, the key's last good copy if there is one.
   */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> load) {
    if (off) {
      return load.get();
    }
    long purgesBefore = purges.get();
    try {
      T value = (T) fresh.get(key, k -> loadAndKeep(k, load, purgesBefore));
      if (purges.get() != purgesBefore) {
        fresh.invalidate(key); // purged while it loaded: it may be from before the change
      }
      return value;
    } catch (ApiUnavailableException | ProcessingException e) {
      Copy copy = lastGood.getIfPresent(key);
      if (copy == null) {
        throw e;
      }
      staleReads.served(copy.fetchedAt());
      return (T) copy.value();
    }
  }

  private Object loadAndKeep(String key, Supplier<?> load, long purgesBefore) {
    Instant fetchedAt = clock.instant();
    Object value = load.get();
    if (value != null && purges.get() == purgesBefore) {
      lastGood.put(key, new Copy(value, fetchedAt));
    }
    return value;
  }

  /**
   * An item changed: forget it and every list (it may join or leave any of them), fresh and last
   * good copies alike.
   */
  public void purgeItem(String slug) {
    purges.incrementAndGet();
    Predicate<String> concerned =
        key -> key.startsWith(LIST) || (key.startsWith(ARTICLE) && key.endsWith(":" + slug));
    fresh.asMap().keySet().removeIf(concerned);
    lastGood.asMap().keySet().removeIf(concerned);
  }

  /** Anything may have changed: forget everything, last good copies included. */
  public void purgeAll() {
    purges.incrementAndGet();
    fresh.invalidateAll();
    lastGood.invalidateAll();
  }

  long size() {
    fresh.cleanUp();
    return fresh.estimatedSize();
  }

  long lastGoodSize() {
    lastGood.cleanUp();
    return lastGood.estimatedSize();
  }
}
