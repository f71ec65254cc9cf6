package no.boforum.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The period a current posting stands unconfirmed: reminded a week before the deadline, once a
 * period; expired at the deadline; confirming (or editing, or opening again) starts a new period.
 */
class ConfirmationPeriodTest {
  static final ConfirmationPeriod SIX = new ConfirmationPeriod(6);
  static final LocalDateTime T0 = LocalDateTime.of(2028, 3, 1, 9, 0);
  static final LocalDate FAR = T0.toLocalDate().plusMonths(6);

  private static Posting posted(LocalDateTime at) {
    Posting p = new Posting(Side.NEED, 1L, at);
    p.apply(new PostingData.Valid("Tittel", "Tekst", null, null, FAR, Set.of(), Set.of()), at);
    return p;
  }

  private static boolean remind(Posting p, LocalDateTime now) {
    return p.reminderDue(SIX.remindIfConfirmedBy(now));
  }

  private static boolean expire(Posting p, LocalDateTime now) {
    return p.expireIfDue(now.toLocalDate(), SIX.overdueIfConfirmedBy(now), now);
  }

  @Test
  void theDeadlineIsSixWeeksAfterTheConfirmationAndTheReminderAWeekBefore() {
    assertEquals(T0.plusWeeks(6), SIX.deadline(T0));
    assertEquals(LocalDate.of(2028, 4, 12), SIX.deadlineDate(T0));
    assertEquals(
        LocalDate.of(2028, 4, 13),
        SIX.deadlineDate(LocalDateTime.of(2028, 3, 1, 22, 30)),
        "the date in Norway, an hour or two ahead of UTC");
    assertEquals(T0, SIX.remindIfConfirmedBy(T0.plusWeeks(5)));
    assertEquals(T0, SIX.overdueIfConfirmedBy(T0.plusWeeks(6)));
  }

  @Test
  void theReminderIsDueAWeekBeforeTheDeadline() {
    Posting p = posted(T0);
    assertEquals(T0, p.getConfirmedAt(), "posting confirms");
    assertFalse(remind(p, T0.plusWeeks(5).minusMinutes(1)), "not yet");
    assertTrue(remind(p, T0.plusWeeks(5)));
    // Once a period: the mark is written apart (PostingLifeScenario sees it in the database).
  }

  @Test
  void confirmingStartsANewPeriodWithItsOwnReminder() {
    Posting p = posted(T0);
    assertTrue(remind(p, T0.plusWeeks(5)));
    LocalDateTime confirmed = T0.plusWeeks(5).plusDays(2);
    p.confirm(confirmed);
    assertNull(p.getConfirmRemindedAt());
    assertFalse(expire(p, T0.plusWeeks(6).plusDays(1)), "the old deadline no longer counts");
    assertFalse(remind(p, confirmed.plusWeeks(5).minusMinutes(1)));
    assertTrue(remind(p, confirmed.plusWeeks(5)), "the new period's reminder");
    assertTrue(expire(p, confirmed.plusWeeks(6)));
    assertEquals(PostingState.EXPIRED, p.getState());
  }

  @Test
  void editingConfirmsAndUnconfirmedPastTheDeadlineExpires() {
    Posting p = posted(T0);
    LocalDateTime edited = T0.plusWeeks(4);
    p.apply(
        new PostingData.Valid("Ny tittel", "Tekst", null, null, FAR, Set.of(), Set.of()), edited);
    assertFalse(expire(p, T0.plusWeeks(6)), "the edit confirmed it");
    assertFalse(expire(p, edited.plusWeeks(6).minusMinutes(1)));
    assertTrue(expire(p, edited.plusWeeks(6)));
  }

  @Test
  void theExpiryDateCountsTooAndOnlyCurrentPostingsExpire() {
    Posting p = new Posting(Side.OFFER, 1L, T0);
    LocalDate date = T0.toLocalDate().plusDays(10);
    p.apply(new PostingData.Valid("Tilbod", "Tekst", null, null, date, Set.of(), Set.of()), T0);
    assertFalse(expire(p, date.atTime(23, 0)), "it stands through its last day");
    assertTrue(expire(p, date.plusDays(1).atTime(0, 30)), "before the confirmation deadline");

    Posting withdrawn = posted(T0);
    withdrawn.move(PostingState.WITHDRAWN, T0.toLocalDate(), T0);
    assertFalse(expire(withdrawn, T0.plusYears(1)));
    assertFalse(remind(withdrawn, T0.plusWeeks(5)), "nobody is reminded of a closed posting");
  }

  @Test
  void openingAnExpiredPostingAgainStartsANewPeriod() {
    Posting p = posted(T0);
    assertTrue(expire(p, T0.plusWeeks(6)));
    LocalDateTime opened = T0.plusWeeks(7);
    p.move(PostingState.OPEN, opened.toLocalDate(), opened);
    assertEquals(opened, p.getConfirmedAt());
    assertFalse(expire(p, opened.plusDays(1)), "not expired again at once");
  }
}
