package uk.police.saferportal.content.platform.control;

import java.time.Duration;

/**
 * The highest value recorded in the current window and the one before it, windows being fixed spans
 * of time: a gauge that says "at most this many at once lately" without being reset by whoever
 * reads it. Times are {@link System#nanoTime()} readings, passed in so that tests can choose them.
 * Thread-safe.
 */
public final class WindowedPeak {
  private final long windowNanos;
  private long windowStart;
  private boolean started;
  private long current;
  private long previous;

  public WindowedPeak(Duration window) {
    this.windowNanos = window.toNanos();
  }

  /** A value seen at {@code now}. */
  public synchronized void record(long value, long now) {
    roll(now);
    current = Math.max(current, value);
  }

  /** The highest value recorded in this window and the previous one, as at {@code now}. */
  public synchronized long read(long now) {
    roll(now);
    return Math.max(current, previous);
  }

  private void roll(long now) {
    if (!started) {
      started = true;
      windowStart = now;
      return;
    }
    long windows = (now - windowStart) / windowNanos;
    if (windows <= 0) {
      return;
    }
    previous = windows == 1 ? current : 0;
    current = 0;
    windowStart += windows * windowNanos;
  }
}
