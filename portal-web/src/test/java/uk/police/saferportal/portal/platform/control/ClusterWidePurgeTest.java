package uk.police.saferportal.portal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterWidePurgeTest {
  private final ContentCache cache =
      new ContentCache(
          com.github.benmanes.caffeine.cache.Ticker.systemTicker(),
          Clock.systemUTC(),
          Duration.ofMinutes(5),
          new StaleReads());
  private final Broadcast broadcast = new Broadcast();
  private final ClusterWidePurge purge = new ClusterWidePurge();
  private final RenderedPages pages = new RenderedPages(Duration.ofMinutes(2));

  @BeforeEach
  void wire() {
    purge.cache = cache;
    purge.pages = pages;
    pages.keep("/advice/x", new RenderedPages.Page(new byte[0], "\"x\"", java.util.Map.of()), 0);
    purge.otherMembers = broadcast;
    cache.get("article:advice:x", () -> "x");
    cache.get("article:advice:y", () -> "y");
    cache.get("list:advice", () -> "list");
  }

  @Test
  void aPurgeFromTheWebhookPurgesHereAndTellsTheOtherMembers() {
    purge.purge(Optional.of("x"));
    assertEquals(1, cache.size(), "only article y is left");
    assertEquals(0, pages.size(), "every rendered page may show article x");
    assertEquals(List.of("x"), broadcast.sent);
  }

  @Test
  void aPurgeOfEverythingTravelsAsTheEmptySlug() {
    purge.purge(Optional.empty());
    assertEquals(0, cache.size());
    assertEquals(List.of(ClusterWidePurge.EVERYTHING), broadcast.sent);
  }

  @Test
  void aPurgeAnotherMemberWasToldOfIsDoneHereAndNotSentOnAgain() {
    purge.purgeAnotherMemberWasToldOf("x");
    assertEquals(1, cache.size());
    purge.purgeAnotherMemberWasToldOf(ClusterWidePurge.EVERYTHING);
    assertEquals(0, cache.size());
    assertEquals(List.of(), broadcast.sent);
  }

  @Test
  void aFailedBroadcastStillLeavesThisInstancePurged() {
    broadcast.failing = true;
    purge.purge(Optional.of("x"));
    assertEquals(1, cache.size());
  }

  /** Records what would go to the other members of the cluster. */
  private static final class Broadcast implements Event<String> {
    final List<String> sent = new ArrayList<>();
    boolean failing;

    @Override
    public void fire(String event) {
      if (failing) {
        throw new IllegalStateException("no cluster");
      }
      sent.add(event);
    }

    @Override
    public <U extends String> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends String> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<String> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends String> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends String> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
