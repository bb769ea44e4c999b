package uk.police.saferportal.content.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * The public answers this instance has already written, serialised, with their ETags, per
 * normalised request: a burst of residents reading the same list costs the database one query. Any
 * change to what the public can see empties it on every instance: {@link #invalidateEverywhere()}
 * empties this one at once and tells the others through Payara's clustered CDI events (Hazelcast
 * underneath, the runtime that already carries the portal's cache purge); each of them empties its
 * own. Without a cluster ({@code --nocluster}) the message reaches no one, and there is no one.
 *
 * <p>An answer being written while the cache is emptied must not outlive the change it may have
 * missed: every entry carries the generation it was loaded in, emptying starts a new generation,
 * and entries of an older one are never served. Entries also expire after {@code
 * saferportal.api.read-cache-seconds} (600 by default; 0 switches the cache off), a safety net
 * should a message be lost; the cache holds at most {@code saferportal.api.read-cache-mb} (32) of
 * answers, the least used going first (Caffeine).
 *
 * <p>After emptying, the {@link #WARM_KEYS} most used answers are written again at once, each by
 * the same code that wrote it first, so the first residents after a publication (the campaign list
 * everyone reads) do not each wait for the database; a request for one of them meanwhile waits for
 * that one write.
 */
@ApplicationScoped
public class PublicReadCache {
  static final String EVENT_NAME = "saferportal.api.read-cache-invalidation";

  /** How many of the most used answers are written again at once after a change. */
  static final int WARM_KEYS = 8;

  /** How many requests' demand is remembered, the least recently wanted going first. */
  static final int DEMAND_KEYS = 5_000;

  /** How long the instance where a change happened waits for them. */
  static final Duration WARM_WAIT = Duration.ofMillis(250);

  private static final Logger LOG = Logger.getLogger(PublicReadCache.class.getName());

  /**
   * One serialised answer, as the UTF-8 bytes sent (so a hit costs no encoding), and its strong
   * ETag (a digest of exactly these bytes).
   */
  public record Answer(byte[] bytes, String etag, long generation) {
    public String json() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * How often an answer was asked for while this cache knew it, and the code that writes it: kept
   * through changes, unlike the answers, so that the most wanted can be written again after one.
   */
  private record Demand(AtomicLong uses, Supplier<String> rewrite) {}

  private final AtomicLong generation = new AtomicLong();
  private Cache<String, Answer> answers;
  private Cache<String, Demand> demand;

  @Inject
  @ConfigProperty(name = "saferportal.api.read-cache-seconds", defaultValue = "600")
  long seconds;

  @Inject
  @ConfigProperty(name = "saferportal.api.read-cache-mb", defaultValue = "32")
  long megabytes;

  @Inject InstanceName instance;

  // for the threads that write the most used answers again after a change (PublicReadWarming);
  // null outside the server (unit tests)
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject InTransaction transaction;
  private PublicReadWarming warming;

  // resolved on first use, in a request: Payara's registry producer needs the application's
  // environment, which a bean created during deployment (demo seeding publishes) does not have
  @Inject Instance<MetricRegistry> metrics;

  private volatile Counter hits;
  private volatile Counter writes;

  @Inject
  @Outbound(eventName = EVENT_NAME)
  Event<String> otherInstances;

  protected PublicReadCache() {}

  /** A cache outside CDI (unit tests): these settings, no cluster. */
  PublicReadCache(long seconds, long megabytes) {
    this.seconds = seconds;
    this.megabytes = megabytes;
    configure();
  }

  @PostConstruct
  void configure() {
    warming = new PublicReadWarming(threads, WARM_KEYS * 2);
    answers =
        Caffeine.newBuilder()
            .executor(Runnable::run) // upkeep on the calling thread: no unmanaged threads
            .expireAfterWrite(Duration.ofSeconds(Math.max(1, seconds)))
            .maximumWeight(Math.max(1, megabytes) * 1024 * 1024)
            .weigher((String key, Answer answer) -> key.length() + answer.bytes().length)
            .build();
    demand =
        Caffeine.newBuilder()
            .executor(Runnable::run)
            .expireAfterAccess(Duration.ofMinutes(10)) // what is no longer read is forgotten
            .maximumSize(DEMAND_KEYS)
            .build();
  }

  /**
   * The answer to a request: the one kept, or {@code write}'s, serialised and kept. Several
   * requests for the same key at once cause one write; a write that throws keeps nothing.
   */
  public Answer answer(String key, Supplier<String> write) {
    if (seconds <= 0) {
      return answerOf(write.get(), generation.get());
    }
    long before = generation.get();
    Answer kept = answers.getIfPresent(key);
    demand.get(key, k -> new Demand(new AtomicLong(), write)).uses().incrementAndGet();
    if (kept != null && kept.generation() == before) {
      count(hits());
      return kept;
    }
    kept = answers.get(key, k -> written(write.get(), before));
    if (kept.generation() == generation.get()) {
      return kept;
    }
    // written before the latest change: replace it, unless another request already has
    long current = generation.get();
    return answers
        .asMap()
        .compute(
            key,
            (k, old) ->
                old != null && old.generation() == current ? old : written(write.get(), current));
  }

  /**
   * The answer kept for this key, if one is kept and was written after the latest change; {@code
   * null} otherwise (the caller then answers through {@link #answer}).
   */
  public Answer kept(String key) {
    if (seconds <= 0) {
      return null;
    }
    Answer kept = answers.getIfPresent(key);
    if (kept == null || kept.generation() != generation.get()) {
      return null;
    }
    count(hits());
    Demand wanted = demand.getIfPresent(key);
    if (wanted != null) {
      wanted.uses().incrementAndGet();
    }
    return kept;
  }

  private Answer written(String json, long generation) {
    count(writes());
    return answerOf(json, generation);
  }

  private Counter hits() {
    if (hits == null && metrics != null) {
      hits =
          counter("saferportal.api.read_cache.hits", "Public reads answered from the read cache");
    }
    return hits;
  }

  private Counter writes() {
    if (writes == null && metrics != null) {
      writes =
          counter(
              "saferportal.api.read_cache.writes",
              "Public reads written from the database and kept");
    }
    return writes;
  }

  private Counter counter(String name, String description) {
    try {
      return metrics
          .get()
          .counter(Metadata.builder().withName(name).withDescription(description).build());
    } catch (RuntimeException e) {
      return null; // not counted this time; tried again on the next
    }
  }

  private static void count(Counter counter) {
    if (counter != null) { // null outside CDI (unit tests)
      counter.inc();
    }
  }

  /** Something the public can see changed: forget every answer, here and on every instance. */
  public void invalidateEverywhere() {
    Emptied emptied = emptyHere();
    if (otherInstances != null) { // null when made by a unit test, without CDI
      try {
        otherInstances.fire(instance.value());
      } catch (RuntimeException e) {
        // this instance is right; the others' entries expire on time
        LOG.log(
            Level.WARNING, "Could not tell the other API instances to empty their read cache", e);
      }
    }
    warm(emptied, true);
  }

  void anotherInstanceChangedSomething(@Observes @Inbound(eventName = EVENT_NAME) String from) {
    warm(emptyHere(), false);
  }

  /** How many answers are kept (for tests and diagnostics). */
  public long size() {
    answers.cleanUp();
    return answers.estimatedSize();
  }

  /** What emptying left to write again: the most used answers, and the generation begun. */
  private record Emptied(List<Map.Entry<String, Demand>> hottest, long generation) {}

  /** Forgets every answer here, noting the {@link #WARM_KEYS} most used to write again. */
  private Emptied emptyHere() {
    // the most requested lately (a scan of the demand, on a change only)
    List<Map.Entry<String, Demand>> hottest =
        seconds > 0
            ? demand.asMap().entrySet().stream()
                .sorted(
                    Comparator.comparingLong(
                            (Map.Entry<String, Demand> entry) -> entry.getValue().uses().get())
                        .reversed())
                .limit(WARM_KEYS)
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .toList()
            : List.of();
    long current = generation.incrementAndGet();
    answers.invalidateAll();
    return new Emptied(hottest, current);
  }

  @PreDestroy
  void stopWriting() {
    warming.stop();
  }

  private String inTransaction(Supplier<String> write) {
    return transaction == null ? write.get() : transaction.get(write);
  }

  /**
   * Writes the most used answers again in the new generation from their own {@code write} (on two
   * threads of their own, or here without them), so the residents who come next find them kept.
   * {@code wait}: the instance where the change happened waits for them, at most {@link
   * #WARM_WAIT}, so that the first read after a publication, often its author's, is kept already;
   * the other instances do not wait.
   */
  private void warm(Emptied emptied, boolean wait) {
    long current = emptied.generation();
    List<Runnable> rewrites = new ArrayList<>();
    for (Map.Entry<String, Demand> entry : emptied.hottest()) {
      String key = entry.getKey();
      Supplier<String> rewrite = entry.getValue().rewrite();
      rewrites.add(
          () -> {
            if (generation.get() != current) {
              return; // changed again meanwhile: the next warming has it
            }
            try {
              answers.get(key, k -> written(inTransaction(rewrite), current));
            } catch (ProblemException gone) {
              // unpublished meanwhile, say: its 404 is answered as usual, and kept nowhere
            } catch (RuntimeException e) {
              // not kept: the next request for it writes it, as without warming
              LOG.warning("Could not write a kept answer again (" + key + "): " + e);
            }
          });
    }
    warming.write(rewrites, wait ? WARM_WAIT : Duration.ZERO);
  }

  private static Answer answerOf(String json, long generation) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return new Answer(bytes, digest(bytes), generation);
  }

  /** A strong ETag value for this JSON: the first 128 bits of its UTF-8 bytes' SHA-256, in hex. */
  public static String digest(String json) {
    return digest(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String digest(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
