package uk.police.saferportal.portal.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public pages as they were last sent, so that a burst of residents on one article costs one
 * rendering, not one per resident: the bytes, the ETag and the headers of each public page (those
 * every resident sees alike), by address. Only {@code PublicPageCaching} keeps and serves them, and
 * only for visitors without a session.
 *
 * <p>A page is made from {@link ContentCache}'s reads, so it lives half as long as they do ({@code
 * saferportal.portal.cache-seconds} / 2; 0 switches both off) and goes with every purge, here and,
 * through {@link ClusterWidePurge}, on every instance. A page rendered while a purge happened is
 * not kept (it may show what was purged). At most {@link #MAX_PAGES} pages are kept, the least used
 * going first.
 */
@ApplicationScoped
public class RenderedPages {
  static final int MAX_PAGES = 2_000;

  /** A page as sent: its body, strong ETag and headers (name to values). */
  public record Page(byte[] body, String etag, Map<String, List<String>> headers) {}

  private final AtomicLong purges = new AtomicLong();
  private Cache<String, Page> pages;
  private boolean off;

  @Inject
  @ConfigProperty(name = "saferportal.portal.cache-seconds", defaultValue = "300")
  long seconds;

  protected RenderedPages() {}

  /** Outside CDI (unit tests): pages live this long. */
  RenderedPages(Duration life) {
    build(life);
  }

  @PostConstruct
  void configure() {
    build(Duration.ofSeconds(Math.max(0, seconds) / 2));
  }

  private void build(Duration life) {
    off = life.isZero();
    pages =
        Caffeine.newBuilder()
            .executor(Runnable::run) // upkeep on the calling thread: no unmanaged threads
            .expireAfterWrite(off ? Duration.ofSeconds(1) : life)
            .maximumSize(MAX_PAGES)
            .build();
  }

  /** The kept page at this address, if there is one. */
  public Optional<Page> page(String address) {
    return off ? Optional.empty() : Optional.ofNullable(pages.getIfPresent(address));
  }

  /** Where a rendering starts: the state it is made from, for {@link #keep}. */
  public long beforeRendering() {
    return purges.get();
  }

  /** Keeps a page rendered from the state {@code rendering} named, unless a purge came since. */
  public void keep(String address, Page page, long rendering) {
    if (off || purges.get() != rendering) {
      return;
    }
    pages.put(address, page);
    if (purges.get() != rendering) {
      pages.invalidate(address); // a purge came while it was being kept
    }
  }

  /** Something changed: every page may show it. */
  public void purgeAll() {
    purges.incrementAndGet();
    pages.invalidateAll();
  }

  long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }
}
