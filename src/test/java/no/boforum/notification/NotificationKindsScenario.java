package no.boforum.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.event.EventCloseReminderJob;
import no.boforum.event.EventFixtures;
import no.boforum.event.EventReminderJob;
import no.boforum.event.MyRegistration;
import no.boforum.event.RegisteredAs;
import no.boforum.event.RegistrationRequest;
import no.boforum.event.Registrations;
import no.boforum.identity.Caller;
import no.boforum.platform.text.SignedLinks;

/**
 * The kinds and the service around delivery: the hosts' reminder to close an event, the reminder
 * before an event with its code and cancel link, one notice for many people (each one's delivery,
 * none for a deleted account, more than one statement's rows), retention after a year, and
 * unsubscribe links that are expired or forged. Steps of {@code it/InContainerIT}.
 */
@Dependent
public class NotificationKindsScenario {
  @Inject NotificationFixtures fixtures;
  @Inject EventFixtures events;
  @Inject EventCloseReminderJob closing;
  @Inject EventReminderJob reminders;
  @Inject Registrations registrations;
  @Inject NotificationRetention retention;
  @Inject NotificationMailer mailer;
  @Inject Unsubscribes unsubscribes;
  @Inject NotificationPreferences preferences;
  @Inject SignedLinks links;
  @Inject UserTransaction transaction;

  /**
   * A past event its hosts have not closed: three days after its end the host organisation's
   * editors are told once, with the page that closes it (the reminder is a kind of its own).
   */
  public void theHostsOfAnEventThatIsOverButNotClosedAreToldOnce() {
    long host = events.organisation("kommune");
    long editor = fixtures.person("Vert Redaktør");
    events.sql(
        "INSERT INTO membership (user_id, organisation_id, role, status, requested_at)"
            + " VALUES (?, ?, 'EDITOR', 'ACTIVE', NOW(6))",
        editor,
        host);
    String slug = events.published(host, 10, List.of(), null, Duration.ofDays(-4));
    assertTrue(closing.remindDue() >= 1);
    assertEquals(List.of("event.closing events/" + slug + "/close"), fixtures.told(editor));
    closing.remindDue();
    assertEquals(1, fixtures.told(editor).size(), "once for the first reminder");
  }

  /**
   * The reminder before an event reaches the bell, and the mail at the next run (a prompt kind),
   * with the event's time, the check-in code and a link that cancels without logging in; once.
   * These moments are now, so the suite's other instance may mail them first: the test reads what
   * reached the outbox, whoever queued it.
   */
  public void theReminderBeforeAnEventReachesTheBellAndTheMailOnceWithTheCode()
      throws InterruptedException {
    long host = events.organisation("kommune");
    long u = fixtures.person("Påminna Deltakar");
    String slug = events.published(host, 10, List.of(), null, Duration.ofHours(30));
    MyRegistration mine =
        registrations.register(
            slug,
            new Caller(u, "Påminna Deltakar", "nb", Set.of(), Map.of()),
            new RegistrationRequest(RegisteredAs.PRIVATE_PERSON, null, false, null));
    events.sql(
        "UPDATE event_registration SET confirmed_at = confirmed_at - INTERVAL 3 DAY"
            + " WHERE user_id = ?",
        u);
    assertTrue(reminders.remindDue() >= 1);
    reminders.remindDue();
    assertEquals(
        List.of("event.registration events/" + slug, "event.reminder events/" + slug),
        fixtures.told(u),
        "the receipt, then the reminder, once");
    String reminder = "Påminnelse: «Setetest» nærmer seg";
    String mailed = "";
    // Whichever instance mails it first (a run that meets the other's lock tries again).
    for (int attempt = 0; attempt < 100 && !mailed.contains(reminder); attempt++) {
      if (attempt > 0) {
        Thread.sleep(200);
      }
      mailer.mailDue(Instant.now(), NotificationDeliveryScenario.WINDOW);
      mailed = mailed(u);
    }
    mailer.mailDue(Instant.now(), NotificationDeliveryScenario.WINDOW);
    mailed = mailed(u);
    assertEquals(1, mailed.split(reminder, -1).length - 1, "once: " + mailed);
    assertTrue(mailed.contains("Koden din for innsjekking: " + mine.code()), mailed);
    assertTrue(mailed.contains("/events/cancel?token="), mailed);
  }

  /**
   * A year on, what was read or mailed goes, what still waits to be mailed stays, and the digests'
   * records go after sixty days. In one transaction, rolled back: the rows are dated in the past,
   * where the suite's other instance would mail the waiting one.
   */
  public void aYearOnWhatWasToldGoesAndWhatWaitsStays() throws Exception {
    transaction.begin();
    try {
      long u = fixtures.person("Gamal Lesar");
      Instant now = Instant.now();
      Instant longAgo = now.minus(Duration.ofDays(400));
      fixtures.tell(u, "discussion.activity", "thread", 1, longAgo); // DAILY: waits
      fixtures.prefer(u, Map.of("discussion.reply", Delivery.PORTAL), 7, DayOfWeek.MONDAY);
      fixtures.tell(u, "discussion.reply", "thread", 2, longAgo); // in the portal only
      fixtures.tell(u, "discussion.reply", "thread", 3, now.minus(Duration.ofDays(30)));
      LocalDate today = LocalDate.ofInstant(now, DigestPeriod.ZONE);
      events.sql(
          "INSERT INTO notification_digest (user_id, period, period_date, sent_at, items)"
              + " VALUES (?, 'DAILY', ?, NOW(6), 1), (?, 'DAILY', ?, NOW(6), 1)",
          u,
          today.minusDays(90),
          u,
          today.minusDays(2));

      assertTrue(retention.purge(now) >= 2);
      assertEquals(
          List.of("discussion.activity discussions/1", "discussion.reply discussions/3"),
          fixtures.told(u));
      assertEquals(
          1L,
          events.number("SELECT COUNT(*) FROM notification_digest WHERE user_id = ?", u),
          "the recent digest's record stays");
    } finally {
      transaction.rollback();
    }
  }

  /**
   * One notice for many people: each gets the delivery they chose (none for "off"), a deleted
   * account nothing, and more people than one statement inserts are all told.
   */
  public void oneNoticeForManyKeepsEachOnesDeliveryAndSkipsTheDeleted() {
    long atOnce = fixtures.person("Straks Mottakar");
    long portal = fixtures.person("Portal Mottakar");
    long off = fixtures.person("Av Mottakar");
    long gone = fixtures.person("Sletta Mottakar");
    fixtures.prefer(portal, Map.of("discussion.reply", Delivery.PORTAL), 7, DayOfWeek.MONDAY);
    fixtures.prefer(off, Map.of("discussion.reply", Delivery.OFF), 7, DayOfWeek.MONDAY);
    events.sql("UPDATE app_user SET deleted_at = NOW(6) WHERE id = ?", gone);
    long subject = 9_000_000_002L;

    assertEquals(2, fixtures.tellAll(subject, List.of(atOnce, portal, off, gone)));
    // The suite's other instance may mail it at once (PENDING, then SENT).
    assertEquals(1, fixtures.states(atOnce).size());
    assertTrue(
        fixtures.states(atOnce).get(0).startsWith("IMMEDIATE "), "" + fixtures.states(atOnce));
    assertEquals(List.of("PORTAL NONE"), fixtures.states(portal));
    assertEquals(List.of(), fixtures.states(off), "off: not even the bell");
    assertEquals(List.of(), fixtures.states(gone), "a deleted account: nothing");

    List<Long> many = events.people(Notifications.ROWS + 50).stream().map(Caller::userId).toList();
    assertEquals(Notifications.ROWS + 50, fixtures.tellAll(subject, many));
    List<String> last = fixtures.states(many.get(many.size() - 1));
    assertEquals(1, last.size());
    assertTrue(last.get(0).startsWith("IMMEDIATE "), last.toString());
  }

  public void anExpiredOrForgedUnsubscribeLinkChangesNothing() {
    long u = fixtures.person("Stopp Lesar");
    String subject = u + ":discussion.reply";
    String expired =
        links.sign(Unsubscribes.PURPOSE, subject, Instant.now().minus(Duration.ofMinutes(1)));
    assertFalse(unsubscribes.apply(expired), "expired");
    String valid =
        links.sign(Unsubscribes.PURPOSE, subject, Instant.now().plus(Duration.ofDays(1)));
    String forged = links.sign("another-purpose", subject, Instant.now().plus(Duration.ofDays(1)));
    assertFalse(unsubscribes.apply(forged), "signed for something else");
    assertFalse(unsubscribes.apply(valid.substring(0, valid.length() - 3) + "abc"), "altered");
    assertEquals(Delivery.IMMEDIATE, reply(u), "nothing changed");
    assertTrue(unsubscribes.apply(valid));
    assertEquals(Delivery.PORTAL, reply(u), "the mail stops; the bell still tells");
  }

  /** The subjects and bodies of the person's mail, one after the other. */
  private String mailed(long userId) {
    return fixtures.mails(userId).stream()
        .map(m -> m.subject() + "\n" + m.body())
        .reduce("", String::concat);
  }

  private Delivery reply(long userId) {
    return preferences.of(userId).entrySet().stream()
        .filter(e -> e.getKey().name().equals("discussion.reply"))
        .findFirst()
        .orElseThrow()
        .getValue();
  }
}
