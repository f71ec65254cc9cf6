package no.boforum.event.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What a calendar says of one event.
 *
 * @param uid stays the same for the event's life, whatever else changes
 * @param sequence raised on each change, so that clients replace their copy
 * @param startsAt Europe/Oslo wall-clock time
 * @param location the venue and its address, or the word for online
 * @param summary the event's short text; the description adds the address of its page
 * @param joinLink only in a private calendar, for a registrant with a seat; else null
 * @param joinLabel what the join link is called in the description's language
 */
public record CalendarEntry(
    String uid,
    int sequence,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String title,
    String location,
    String summary,
    String url,
    Status status,
    Instant lastModified,
    String joinLink,
    String joinLabel) {

  /** The STATUS of the VEVENT. */
  public enum Status {
    CONFIRMED,
    /** A seat offered to the feed's owner, not yet accepted. */
    TENTATIVE,
    CANCELLED
  }

  /** The summary, a blank line and the event's address (many clients show no URL property). */
  public String description() {
    StringBuilder d = new StringBuilder(summary == null ? "" : summary);
    d.append("\n\n").append(url);
    if (joinLink != null) {
      d.append("\n\n").append(joinLabel).append(": ").append(joinLink);
    }
    return d.toString();
  }
}
