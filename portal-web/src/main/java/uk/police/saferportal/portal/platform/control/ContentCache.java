package uk.police.saferportal.portal.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;

/**
 * A small in-memory cache of the public reads, so a page view does not always call the content API.
 * Entries live {@code saferportal.portal.cache-seconds} (300 by default, 0 switches the cache off)
 * and are purged at once when the content API's webhook says that something was published,
 * unpublished or archived. Each portal instance keeps its own; the webhook reaches one of them,
 * which passes the purge on to the others ({@link ClusterWidePurge}). Failures are never cached.
 */
@ApplicationScoped
public class ContentCache {
  static final String ARTICLE = "article:";
  static final String LIST = "list:";
  static final int MAX_ENTRIES = 1_000;

  private record Entry(Object value, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();
  private Duration timeToLive;

  @Inject
  @ConfigProperty(name = "saferportal.portal.cache-seconds", defaultValue = "300")
  long seconds;

  protected ContentCache() {}

  ContentCache(Clock clock, Duration timeToLive) {
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  @PostConstruct
  void configure() {
    timeToLive = Duration.ofSeconds(Math.max(0, seconds));
  }

  /**
   * One published item of a type, purged when its slug changes; empty (and not kept) when the API
   * has no such item.
   */
  public <T> Optional<T> item(String type, String slug, Supplier<T> load) {
    try {
      return Optional.of(get(ARTICLE + type + ":" + slug, load));
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
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

  /** The cached value of a key, or the loaded one (kept unless loading throws). */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> load) {
    if (timeToLive.isZero()) {
      return load.get();
    }
    Instant now = clock.instant();
    Entry entry = entries.get(key);
    if (entry != null && now.isBefore(entry.expires())) {
      return (T) entry.value();
    }
    T value = load.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> !now.isBefore(e.expires()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(key, new Entry(value, now.plus(timeToLive)));
    return value;
  }

  /** An item changed: forget it and every list (it may join or leave any of them). */
  public void purgeItem(String slug) {
    entries.keySet().removeIf(key -> key.startsWith(ARTICLE) && key.endsWith(":" + slug));
    entries.keySet().removeIf(key -> key.startsWith(LIST));
  }

  public void purgeAll() {
    entries.clear();
  }

  int size() {
    return entries.size();
  }
}
