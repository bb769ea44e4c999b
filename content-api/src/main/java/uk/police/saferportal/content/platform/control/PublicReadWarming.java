package uk.police.saferportal.content.platform.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where {@link PublicReadCache} writes its most used answers again after a change: two threads at
 * most, a short queue, the rest dropped, so that warming never crowds out requests. A dropped write
 * is cancelled, so whoever waits for the writes does not wait for one that never runs.
 */
final class PublicReadWarming {
  private static final Logger LOG = Logger.getLogger(PublicReadWarming.class.getName());

  // threads of their own (not the managed executor: its tasks take on the caller's invocation, and
  // with it the entity manager a timer or request is still using); null outside the server
  private final ManagedThreadFactory threads;
  private final int queue;
  private ExecutorService writers;

  PublicReadWarming(ManagedThreadFactory threads, int queue) {
    this.threads = threads;
    this.queue = queue;
  }

  /**
   * Starts every write (or, without threads, runs it here), then waits for them at most {@code
   * wait}; {@link Duration#ZERO} does not wait.
   */
  void write(List<Runnable> rewrites, Duration wait) {
    List<Future<?>> started = new ArrayList<>();
    for (Runnable rewriting : rewrites) {
      ExecutorService pool = writers();
      if (pool == null) {
        rewriting.run(); // outside the server (unit tests)
        continue;
      }
      try {
        started.add(pool.submit(rewriting));
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Could not start writing a kept answer again", e);
      }
    }
    if (wait.isZero()) {
      return;
    }
    long deadline = System.nanoTime() + wait.toNanos();
    for (Future<?> rewriting : started) {
      try {
        rewriting.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | CancellationException e) {
        // failed (logged by the task), or dropped with the queue full: the next request writes it
      } catch (TimeoutException e) {
        return; // the rest go on without us
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private synchronized ExecutorService writers() {
    if (writers == null && threads != null) {
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              2,
              2,
              30,
              TimeUnit.SECONDS,
              new ArrayBlockingQueue<>(queue),
              threads,
              cancellingWhatIsDropped());
      pool.allowCoreThreadTimeOut(true);
      writers = pool;
    }
    return writers;
  }

  /** Drops what a full pool cannot take, cancelling it so that no one waits for it. */
  static RejectedExecutionHandler cancellingWhatIsDropped() {
    return (dropped, full) -> {
      if (dropped instanceof Future<?> rewriting) {
        rewriting.cancel(false);
      }
    };
  }

  synchronized void stop() {
    if (writers != null) {
      writers.shutdownNow();
    }
  }
}
