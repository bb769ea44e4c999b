package uk.police.saferportal.content.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WindowedPeakTest {
  private static final long SECOND = 1_000_000_000L;
  private final WindowedPeak peak = new WindowedPeak(Duration.ofSeconds(60));

  @Test
  void readingDoesNotReset() {
    peak.record(30, 0);
    peak.record(2, 5 * SECOND);
    assertEquals(30, peak.read(10 * SECOND));
    assertEquals(30, peak.read(11 * SECOND));
  }

  @Test
  void aPeakIsKeptThroughTheNextWindowThenForgotten() {
    peak.record(30, 0);
    peak.record(3, 61 * SECOND);
    assertEquals(30, peak.read(100 * SECOND), "the window after the peak");
    assertEquals(3, peak.read(121 * SECOND), "two windows on, only the later value");
    assertEquals(0, peak.read(300 * SECOND), "nothing recorded lately");
  }

  @Test
  void theHighestOfTheWindowCounts() {
    peak.record(4, 0);
    peak.record(9, SECOND);
    peak.record(7, 2 * SECOND);
    assertEquals(9, peak.read(3 * SECOND));
  }
}
