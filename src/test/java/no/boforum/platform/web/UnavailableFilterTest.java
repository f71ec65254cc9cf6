package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An outage's log line names the address asked for, but never a calendar feed's secret. */
class UnavailableFilterTest {
  @Test
  void aCalendarFeedsSecretIsBlankedAndOtherAddressesKept() {
    assertEquals(
        "/api/calendar/-.ics", UnavailableFilter.loggable("/api/calendar/s3cr3t-T0ken_x.ics"));
    assertEquals("/practices/bustadlos", UnavailableFilter.loggable("/practices/bustadlos"));
    assertEquals("/api/events/x.ics", UnavailableFilter.loggable("/api/events/x.ics"));
  }
}
