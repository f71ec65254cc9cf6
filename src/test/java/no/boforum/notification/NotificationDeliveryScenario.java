package no.boforum.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/**
 * When notifications are mailed, with the clock in the test's hand: the ten-minute window gathers
 * one subject's news into one mail; daily and weekly digests come once per period in Oslo time over
 * both changes of summer time; a run that dies before it commits loses and repeats nothing; two
 * runs at once send a digest once; what was mailed at once is not in the digest; a digest names at
 * most five subjects per group and three lines per subject, with "and N more"; a receipt goes
 * without the window; what was read meanwhile is not mailed.
 *
 * <p>The moments are two years on, after the suite's real clock: the portal's own mailer (which
 * runs on the real clock) never takes these notifications, and the test asks only about its own
 * people.
 */
@Dependent
public class NotificationDeliveryScenario {
  static final Duration WINDOW = Duration.ofMinutes(10);

  @Inject NotificationFixtures fixtures;
  @Inject Inbox inbox;
  @Inject NotificationMailer mailer;
  @Inject DigestMailer digests;
  @Inject UserTransaction transaction;
  @Resource ManagedExecutorService executor;

  /**
   * The year of the moments: two years on, so that the suite's real clock never reaches them (its
   * own mailer would then take these notifications).
   */
  static final int Y = Year.now(DigestPeriod.ZONE).getValue() + 2;

  static LocalDate lastSunday(Month month) {
    return LocalDate.of(Y, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
  }

  static Instant oslo(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(DigestPeriod.ZONE).toInstant();
  }

  public void theWindowGathersOneSubjectsNewsIntoOneMailAndNeverSendsItTwice() {
    long u = fixtures.person("Vindu Venter");
    Instant t0 = oslo(Y + "-05-03T10:00");
    fixtures.tell(u, "discussion.reply", "thread", 1, t0);
    fixtures.tell(u, "discussion.reply", "thread", 1, t0.plus(Duration.ofMinutes(3)));
    fixtures.tell(u, "discussion.mention", "thread", 1, t0.plus(Duration.ofMinutes(8)));
    fixtures.tell(u, "discussion.reply", "thread", 2, t0.plus(Duration.ofMinutes(9)));

    assertEquals(0, immediate(u, t0.plus(Duration.ofMinutes(9))), "not ten minutes yet");
    assertEquals(1, immediate(u, t0.plus(WINDOW)));
    List<NotificationFixtures.Queued> mails = fixtures.mails(u);
    assertEquals(1, mails.size());
    assertEquals("3 nye i «Emne 1»", mails.get(0).subject(), "one mail for the thread");
    assertFalse(mails.get(0).body().contains("Emne 2"), "the other thread waits its own window");
    assertTrue(mails.get(0).body().contains("/notifications/unsubscribe?token="), "a way to stop");

    assertEquals(0, immediate(u, t0.plus(Duration.ofMinutes(18))));
    assertEquals(1, immediate(u, t0.plus(Duration.ofMinutes(19))));
    assertTrue(fixtures.mails(u).get(1).subject().contains("«Emne 2»"));
    assertEquals(0, immediate(u, t0.plus(Duration.ofHours(5))), "never twice");
    assertEquals(2, fixtures.mails(u).size());
  }

  /**
   * A receipt (a registration's answer: a prompt kind) goes out at the next run, alone, while the
   * news of a thread that came before it waits its window.
   */
  public void aReceiptGoesOutAtTheNextRunWhileAThreadWaitsItsWindow() {
    long u = fixtures.person("Kvittering Venter");
    Instant t0 = oslo(Y + "-06-10T10:00");
    long nowhere = 9_000_000_000L; // no such event: the mail has no additions
    fixtures.tell(u, "discussion.reply", "thread", 1, t0);
    fixtures.tell(u, "event.registration", "confirmed", "event", nowhere, t0.plusSeconds(60));

    assertEquals(1, immediate(u, t0.plusSeconds(61)), "the receipt at once");
    List<NotificationFixtures.Queued> mails = fixtures.mails(u);
    assertEquals(1, mails.size());
    assertEquals("Du er påmeldt «Emne " + nowhere + "»", mails.get(0).subject());
    assertFalse(mails.get(0).body().contains("Emne 1»"), "the thread waits: " + mails.get(0));
    assertEquals(0, immediate(u, t0.plus(Duration.ofMinutes(9))));
    assertEquals(1, immediate(u, t0.plus(WINDOW)));
    assertTrue(fixtures.mails(u).get(1).subject().contains("«Emne 1»"));
  }

  public void aDailyDigestEachDayAndAWeeklyOneEachWeekOverTheChangeToSummerTime() {
    long u = fixtures.person("Dagleg Lesar");
    fixtures.prefer(u, Map.of("search.saved-search", Delivery.WEEKLY), 7, DayOfWeek.MONDAY);
    LocalDate change = lastSunday(Month.MARCH);
    for (int day = -4; day <= 3; day++) {
      Instant noon = oslo(change.plusDays(day) + "T12:00");
      fixtures.tell(u, "discussion.activity", "thread", 110 + day, noon);
      fixtures.tell(u, "discussion.activity", "thread", 210 + day, noon.plusSeconds(60));
      fixtures.tell(u, "search.saved-search", "search", 310 + day, noon.plusSeconds(120));
    }
    runDigests(u, oslo(change.minusDays(4) + "T00:00"), oslo(change.plusDays(9) + "T00:00"));

    List<String> expected = new ArrayList<>();
    for (int day = -3; day <= 4; day++) {
      expected.add("DAILY " + change.plusDays(day));
    }
    expected.add("WEEKLY " + change.plusDays(1));
    expected.add("WEEKLY " + change.plusDays(8));
    assertEquals(
        expected,
        fixtures.digests(u),
        "one digest a day (07:00 Oslo, also the day the clock springs forward), one a week");
    List<NotificationFixtures.Queued> mails = fixtures.mails(u);
    assertEquals(10, mails.size(), "nothing sent when nothing is new: none after the last day");
    long daily = mails.stream().filter(m -> m.subject().equals("Boforum i dag: 2 nye")).count();
    assertEquals(8, daily, "each daily digest has the day before's two threads, no more");
    assertTrue(
        mails.stream().anyMatch(m -> m.subject().equals("Boforum denne uka: 5 nye")),
        "the weekly one on the Monday after the change: the five days before it");
    assertTrue(
        mails.stream().anyMatch(m -> m.subject().equals("Boforum denne uka: 3 nye")),
        "the next Monday's: the three days after");
  }

  public void aDailyDigestEachDayOverTheChangeFromSummerTimeAtAnHourThatComesTwice() {
    long u = fixtures.person("Haust Lesar");
    fixtures.prefer(u, Map.of(), 2, DayOfWeek.MONDAY);
    LocalDate change = lastSunday(Month.OCTOBER);
    for (int day = -2; day <= 1; day++) {
      fixtures.tell(
          u, "discussion.activity", "thread", 20 + day, oslo(change.plusDays(day) + "T12:00"));
    }
    runDigests(u, oslo(change.minusDays(2) + "T00:00"), oslo(change.plusDays(3) + "T00:00"));
    assertEquals(
        List.of(
            "DAILY " + change.minusDays(1),
            "DAILY " + change,
            "DAILY " + change.plusDays(1),
            "DAILY " + change.plusDays(2)),
        fixtures.digests(u),
        "02:00 comes twice the night the clock falls back: one digest");
    assertEquals(4, fixtures.mails(u).size());
  }

  public void aRunThatDiesBeforeItCommitsLosesAndRepeatsNothing() throws Exception {
    long first = fixtures.person("Fyrste Lesar");
    long second = fixtures.person("Andre Lesar");
    Instant before = oslo(Y + "-06-01T12:00");
    for (long u : List.of(first, second)) {
      fixtures.prefer(u, Map.of(), 7, DayOfWeek.MONDAY);
      fixtures.tell(u, "discussion.activity", "thread", 7, before);
    }
    Instant now = oslo(Y + "-06-02T07:05");
    assertEquals(1, digests.mailDigest(first, DigestPeriod.DAILY, now));
    transaction.begin();
    assertEquals(1, digests.mailDigest(second, DigestPeriod.DAILY, now), "queued, not committed");
    transaction.rollback();
    assertEquals(0, fixtures.mails(second).size(), "the instance died: nothing went");

    List<Long> due = mine(digests.digestDue(DigestPeriod.DAILY, now), first, second);
    assertEquals(List.of(second), due, "after the restart, only the one not sent is due");
    assertEquals(1, digests.mailDigest(second, DigestPeriod.DAILY, now));
    assertEquals(1, fixtures.mails(first).size(), "the first is not sent again");
    assertEquals(1, fixtures.mails(second).size());
    assertTrue(mine(digests.digestDue(DigestPeriod.DAILY, now), first, second).isEmpty());
  }

  public void twoRunsAtOnceSendADigestOnce() throws Exception {
    long u = fixtures.person("Tvilling Lesar");
    fixtures.prefer(u, Map.of(), 7, DayOfWeek.MONDAY);
    fixtures.tell(u, "discussion.activity", "thread", 9, oslo(Y + "-06-07T12:00"));
    Instant now = oslo(Y + "-06-08T07:01");
    CountDownLatch start = new CountDownLatch(1);
    Callable<Integer> run =
        () -> {
          start.await();
          return digests.mailDigest(u, DigestPeriod.DAILY, now);
        };
    Future<Integer> a = executor.submit(run);
    Future<Integer> b = executor.submit(run);
    start.countDown();
    assertEquals(1, a.get() + b.get(), "one of the two sent it");
    assertEquals(1, fixtures.mails(u).size());
    assertEquals(List.of("DAILY " + Y + "-06-08"), fixtures.digests(u));
  }

  public void whatWasMailedAtOnceIsNotInTheDigest() {
    long u = fixtures.person("Straks Lesar");
    fixtures.prefer(u, Map.of(), 7, DayOfWeek.MONDAY);
    Instant t = oslo(Y + "-07-05T12:00");
    fixtures.tell(u, "discussion.reply", "thread", 11, t);
    fixtures.tell(u, "discussion.activity", "thread", 12, t);
    assertEquals(1, immediate(u, t.plus(WINDOW)));
    // Replies from now on in the daily summary: the one mailed already is not in it.
    fixtures.prefer(u, Map.of("discussion.reply", Delivery.DAILY), 7, DayOfWeek.MONDAY);
    fixtures.tell(u, "discussion.reply", "thread", 13, t.plus(Duration.ofHours(1)));
    assertEquals(1, digests.mailDigest(u, DigestPeriod.DAILY, oslo(Y + "-07-06T07:00")));
    List<NotificationFixtures.Queued> mails = fixtures.mails(u);
    assertEquals(2, mails.size());
    assertEquals("Boforum i dag: 2 nye", mails.get(1).subject());
    assertTrue(mails.get(1).body().contains("Emne 12"));
    assertTrue(mails.get(1).body().contains("Emne 13"));
    assertFalse(mails.get(1).body().contains("Emne 11"), "the reply that went at once");

    // Read in the portal before the summary: not news, so no summary at all.
    fixtures.tell(u, "discussion.activity", "thread", 14, t.plus(Duration.ofDays(1)));
    assertEquals(4, inbox.markAllRead(u), "the four so far");
    assertEquals(0, digests.mailDigest(u, DigestPeriod.DAILY, oslo(Y + "-07-07T07:00")));
    assertEquals(2, fixtures.mails(u).size(), "what was read is not mailed");
  }

  public void aDigestNamesFiveSubjectsAndThreeLinesOfEachWithAndNMore() {
    long u = fixtures.person("Travel Lesar");
    fixtures.prefer(u, Map.of(), 7, DayOfWeek.MONDAY);
    Instant t = oslo(Y + "-08-02T12:00");
    for (int thread = 1; thread <= 7; thread++) {
      fixtures.tell(u, "discussion.activity", "thread", 40 + thread, t.plusSeconds(thread));
    }
    for (int post = 0; post < 5; post++) {
      fixtures.tell(u, "discussion.activity", "thread", 40, t.plusSeconds(100 + post));
    }
    assertEquals(1, digests.mailDigest(u, DigestPeriod.DAILY, oslo(Y + "-08-03T07:00")));
    String body = fixtures.mails(u).get(0).body();
    assertTrue(body.contains("Emne 40 (5 nye)"), body);
    assertTrue(body.contains("… og 2 til"), "three lines of five: " + body);
    assertTrue(body.contains("… og 3 tråder til"), "five threads of eight: " + body);
    assertFalse(body.contains("Emne 41 "), "the oldest threads are left out: " + body);
    assertTrue(body.contains("/my/notifications"), body);
  }

  /**
   * The reckoning, with the defaults: a very active person's week (Monday to Friday) has 30
   * replies in five followed threads (two replies a day, minutes apart, in a thread they started;
   * four a day in three they follow), four saved-search hits (Tuesday to Friday) and two changes of
   * an event they are registered for (Wednesday and Thursday). One mail per event would be 36; the
   * portal sends one mail a day for the replies to their own thread, one for each change of the
   * event, and one daily summary a day for the rest: 12.
   */
  public void aVeryActiveWeekWithTheDefaultsIsTwelveMailsNotThirtySix() {
    long u = fixtures.person("Aktiv Brukar");
    fixtures.prefer(u, Map.of(), 7, DayOfWeek.MONDAY);
    LocalDate monday = LocalDate.of(Y, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    int events = 0;
    for (int day = 0; day < 5; day++) {
      String date = monday.plusDays(day).toString();
      fixtures.tell(u, "discussion.reply", "thread", 1, oslo(date + "T10:00"));
      fixtures.tell(u, "discussion.reply", "thread", 1, oslo(date + "T10:04"));
      for (int i = 0; i < 4; i++) {
        fixtures.tell(
            u, "discussion.activity", "thread", 2 + i % 3, oslo(date + "T1" + (2 + i) + ":00"));
      }
      events += 6;
      if (day > 0) {
        fixtures.tell(u, "search.saved-search", "search", 9, oslo(date + "T06:30"));
        events++;
      }
      if (day == 2 || day == 3) {
        fixtures.tell(u, "event.change", "moved", "event", 9_000_000_001L, oslo(date + "T09:00"));
        events++;
      }
    }
    Instant from = oslo(monday + "T00:00");
    Instant to = oslo(monday.plusDays(7) + "T00:00");
    for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(20))) {
      immediate(u, t);
      for (DigestPeriod period : DigestPeriod.values()) {
        if (!mine(digests.digestDue(period, t), u).isEmpty()) {
          digests.mailDigest(u, period, t);
        }
      }
    }
    List<NotificationFixtures.Queued> mails = fixtures.mails(u);
    System.out.printf(
        "A very active week with the defaults: %d notifications, %d mails (%d at once, %d"
            + " summaries)%n",
        events,
        mails.size(),
        mails.stream().filter(m -> !m.subject().startsWith("Boforum i dag")).count(),
        mails.stream().filter(m -> m.subject().startsWith("Boforum i dag")).count());
    assertEquals(36, events);
    assertEquals(
        12,
        mails.size(),
        mails.stream().map(NotificationFixtures.Queued::subject).toList().toString());
  }

  /** The immediate mail of one person at {@code now}, as the mailer's run does it. */
  private int immediate(long userId, Instant now) {
    return mine(mailer.immediateDue(now, WINDOW), userId).isEmpty()
        ? 0
        : mailer.mailImmediate(userId, now, WINDOW);
  }

  /** Every 20 minutes from {@code from} to {@code to}, the digests due to this person. */
  private void runDigests(long userId, Instant from, Instant to) {
    for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(20))) {
      for (DigestPeriod period : DigestPeriod.values()) {
        if (!mine(digests.digestDue(period, t), userId).isEmpty()) {
          digests.mailDigest(userId, period, t);
        }
      }
    }
  }

  private static List<Long> mine(List<Long> due, long... people) {
    List<Long> mine = new ArrayList<>();
    Set<Long> wanted = new java.util.HashSet<>();
    for (long p : people) {
      wanted.add(p);
    }
    due.stream().filter(wanted::contains).forEach(mine::add);
    return mine;
  }
}
