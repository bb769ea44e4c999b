package uk.police.saferportal.content.editorial.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class PublicationSchedulerTest {
  private static String onTheClock(long seconds) {
    ScheduleExpression every = PublicationScheduler.onTheClock(seconds).orElseThrow();
    return every.getHour() + " " + every.getMinute() + " " + every.getSecond();
  }

  @Test
  void intervalsThatDivideAMinuteTickAtTheirMultiplesOnTheClock() {
    assertEquals("* * *", onTheClock(1));
    assertEquals("* * */5", onTheClock(5));
    assertEquals("* * */30", onTheClock(30));
  }

  @Test
  void wholeMinutesThatDivideAnHourTickOnTheMinute() {
    assertEquals("* * 0", onTheClock(60));
    assertEquals("* */5 0", onTheClock(300));
  }

  @Test
  void otherIntervalsCountFromTheStart() {
    for (long seconds : new long[] {0, 7, 45, 90, 3600, 7200}) {
      assertTrue(PublicationScheduler.onTheClock(seconds).isEmpty(), seconds + " s");
    }
  }
}
