package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a current need or offer stands without its owner confirming it ({@code
 * boforum.matching.confirm-weeks}), and when the reminder goes: {@value #REMIND_DAYS} days before
 * the deadline. Times are UTC, as the table keeps them; the page shows the deadline's date in
 * Norway.
 */
@ApplicationScoped
public class ConfirmationPeriod {
  static final int REMIND_DAYS = 7;

  @Inject
  @ConfigProperty(name = "boforum.matching.confirm-weeks", defaultValue = "6")
  int weeks;

  ConfirmationPeriod() {}

  ConfirmationPeriod(int weeks) {
    this.weeks = weeks;
  }

  public int weeks() {
    return weeks;
  }

  /** The moment a posting confirmed at {@code confirmedAt} expires unless confirmed again. */
  public LocalDateTime deadline(LocalDateTime confirmedAt) {
    return confirmedAt.plusWeeks(weeks);
  }

  /** The deadline's date in Norway, as the page and the reminder say it. */
  public LocalDate deadlineDate(LocalDateTime confirmedAt) {
    return deadline(confirmedAt)
        .atOffset(ZoneOffset.UTC)
        .atZoneSameInstant(ZoneId.of("Europe/Oslo"))
        .toLocalDate();
  }

  /** At {@code now}, postings last confirmed no later than this are overdue: they expire. */
  public LocalDateTime overdueIfConfirmedBy(LocalDateTime now) {
    return now.minusWeeks(weeks);
  }

  /** At {@code now}, postings last confirmed no later than this are due for their reminder. */
  public LocalDateTime remindIfConfirmedBy(LocalDateTime now) {
    LocalDateTime remind = now.minusWeeks(weeks).plusDays(REMIND_DAYS);
    // A period of a week or less is reminded of at once.
    return remind.isAfter(now) ? now : remind;
  }
}
