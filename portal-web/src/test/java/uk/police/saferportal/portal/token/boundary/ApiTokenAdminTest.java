package uk.police.saferportal.portal.token.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTokenAdminTest {

  @Test
  void anExpiryDateLastsToTheEndOfThatDayInUkTime() {
    // Winter: UK time is UTC.
    assertEquals(
        Optional.of(Instant.parse("2027-01-01T00:00:00Z")), ApiTokenAdmin.endOfDay("2026-12-31"));
    // Summer: UK time is UTC+1, so the day ends an hour earlier in UTC.
    assertEquals(
        Optional.of(Instant.parse("2027-07-01T23:00:00Z")), ApiTokenAdmin.endOfDay(" 2027-07-01 "));
  }

  @Test
  void noExpiryDateMeansNoExpiryAndNonsenseIsRefused() {
    assertEquals(Optional.empty(), ApiTokenAdmin.endOfDay(null));
    assertEquals(Optional.empty(), ApiTokenAdmin.endOfDay("  "));
    assertThrows(DateTimeParseException.class, () -> ApiTokenAdmin.endOfDay("31/02/2027"));
    assertThrows(DateTimeParseException.class, () -> ApiTokenAdmin.endOfDay("2027-02-30"));
  }
}
