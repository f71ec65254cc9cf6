package no.boforum.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import no.boforum.event.EventFixtures;
import no.boforum.matching.jobs.PostingExpiryJob;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;

/**
 * A need stands while its owner confirms it: the owner's editors are reminded a week before the
 * deadline, once a period; confirming starts a new period; unconfirmed past the deadline, or past
 * its expiry date, it expires; the job takes all that is due.
 *
 * <p>The clock is the test's: each step tells the job's steps the moment they act at, for this
 * scenario's postings only, weeks after their real confirmation. The suite's other Payara Micro
 * shares the database and runs the same job on the real clock, which finds these postings due only
 * weeks from now, so it never acts on them meanwhile; the job's own run at the real moment (the
 * last step) is made due by moving two postings' confirmation into the past, where either instance
 * may act and the outcome is the same.
 *
 * <p>Run by {@code InContainerIT}: its steps are the public methods, in the order written; the
 * static ones run on the client, the others in the container.
 */
@Dependent
public class PostingLifeScenario {
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final String EDITOR = "Stine Stadfest";
  static final String CONFIRMED = "Behov som blir stadfesta";
  static final String UNCONFIRMED = "Behov ingen stadfestar";
  static final String DATED = "Tilbod med kort frist";
  static final String OVERDUE = "Behov over fristen";
  static final String NEAR = "Behov nær fristen";

  // On the client.
  static String editorEmail;
  static long confirmedId;
  static long[] expiredIds;

  @Inject PostingConfirmations confirmations;
  @Inject PostingExpiryJob job;
  @Inject MatchingRepository repository;
  @Inject EventFixtures fixtures;

  public static void aMunicipalityPostsNeedsAndAnOffer() {
    Organisations.Organisation kommune = Organisations.municipality("Stadfestingskommune");
    editorEmail = Accounts.person("life-editor", EDITOR, kommune.slug(), "editor", null);
    ApiSession editor = ApiSession.loggedIn(editorEmail, Accounts.PASSWORD);
    String org = kommune.slug();
    confirmedId = MatchingBuilder.need(org, CONFIRMED).posted(editor);
    expiredIds =
        new long[] {
          MatchingBuilder.need(org, UNCONFIRMED).posted(editor),
          MatchingBuilder.offer(org, DATED)
              .with("expiresOn", LocalDate.now(OSLO).plusDays(10).toString())
              .posted(editor),
          MatchingBuilder.need(org, OVERDUE).posted(editor)
        };
    MatchingBuilder.need(org, NEAR).posted(editor);
  }

  public void theReminderGoesAWeekBeforeTheDeadlineAndOnlyOnce() {
    long confirmed = id(CONFIRMED);
    Instant r = confirmedAt(confirmed);
    Instant due = r.plus(Duration.ofDays(5 * 7));
    assertFalse(confirmations.remindIfDue(confirmed, due.minusSeconds(60)), "not yet");
    long version = repository.find(confirmed).getVersion();
    assertTrue(confirmations.remindIfDue(confirmed, due), "a week before six weeks");
    assertEquals(
        version,
        repository.find(confirmed).getVersion(),
        "the reminder is no change under an editor who holds the version");
    assertFalse(confirmations.remindIfDue(confirmed, due.plus(Duration.ofDays(1))), "once");
    assertEquals(1, told(confirmed), "the editor, once");
  }

  public static void theOwnerConfirmsItStillStands() {
    ApiSession editor = ApiSession.loggedIn(editorEmail, Accounts.PASSWORD);
    ApiSession.Answer a = editor.post("api/matching/" + confirmedId + "/confirm", null);
    assertEquals(200, a.status(), () -> a.raw().body());
    var items = editor.get("api/notifications").json().path("items");
    JsonNode reminder = null;
    for (JsonNode item : items) {
      if (item.path("kind").asText().equals("matching.confirm")) {
        reminder = item;
      }
    }
    assertNotNull(reminder, items.toString());
    assertTrue(
        reminder.path("link").asText().contains("matching/" + confirmedId + "-"),
        reminder.toString());
  }

  public void confirmingStartsANewPeriodWithItsOwnReminder() {
    long confirmed = id(CONFIRMED);
    Instant first = confirmedAt(repository.find(confirmed).getCreatedAt());
    Instant again = confirmedAt(confirmed);
    assertTrue(again.isAfter(first), first + " then " + again);
    assertNull(
        repository.find(confirmed).getConfirmRemindedAt(), "the new period's reminder waits");
    Duration fiveWeeks = Duration.ofDays(35);
    Duration sixWeeks = Duration.ofDays(42);
    assertFalse(
        confirmations.expireIfDue(confirmed, first.plus(sixWeeks)), "the old deadline is gone");
    assertFalse(confirmations.remindIfDue(confirmed, again.plus(fiveWeeks).minusSeconds(1)));
    assertTrue(confirmations.remindIfDue(confirmed, again.plus(fiveWeeks)));
    assertEquals(2, told(confirmed), "one reminder a period");
    assertEquals(PostingState.OPEN, repository.find(confirmed).getState());
  }

  public void unconfirmedPastTheDeadlineItExpires() {
    long unconfirmed = id(UNCONFIRMED);
    Instant deadline = confirmedAt(unconfirmed).plus(Duration.ofDays(42));
    assertFalse(confirmations.expireIfDue(unconfirmed, deadline.minusSeconds(60)));
    assertEquals(PostingState.OPEN, repository.find(unconfirmed).getState());
    assertTrue(confirmations.expireIfDue(unconfirmed, deadline));
    assertEquals(PostingState.EXPIRED, repository.find(unconfirmed).getState());
    assertFalse(confirmations.remindIfDue(unconfirmed, deadline), "nobody is reminded of it");
  }

  public void pastItsExpiryDateItExpires() {
    long dated = id(DATED);
    LocalDate until = repository.find(dated).getExpiresOn();
    Instant nextDay = until.plusDays(1).atStartOfDay(OSLO).toInstant();
    assertFalse(confirmations.expireIfDue(dated, nextDay.minusSeconds(60)), "its last day");
    assertTrue(confirmations.expireIfDue(dated, nextDay), "before its confirmation is due");
    assertEquals(PostingState.EXPIRED, repository.find(dated).getState());
  }

  public void theJobTakesEveryPostingDueNow() {
    long overdue = id(OVERDUE);
    long dueForReminder = id(NEAR);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    fixtures.sql(
        "UPDATE matching_posting SET confirmed_at = ? WHERE id = ?", now.minusWeeks(7), overdue);
    fixtures.sql(
        "UPDATE matching_posting SET confirmed_at = ? WHERE id = ?",
        now.minusWeeks(5).minusHours(1),
        dueForReminder);
    job.runAt(Instant.now());
    assertEquals(PostingState.EXPIRED, repository.find(overdue).getState());
    Posting reminded = repository.find(dueForReminder);
    assertEquals(PostingState.OPEN, reminded.getState());
    assertNotNull(reminded.getConfirmRemindedAt());
    assertEquals(1, told(dueForReminder));
    assertEquals(
        PostingState.OPEN, repository.find(id(CONFIRMED)).getState(), "not due: untouched");
  }

  public static void expiredPostingsLeaveTheBoard() {
    for (long id : expiredIds) {
      JsonNode p = ApiSession.anonymous().get("api/matching/" + id).json();
      assertEquals("EXPIRED", p.path("state").asText(), p.toString());
    }
  }

  private Instant confirmedAt(long id) {
    return confirmedAt(repository.find(id).getConfirmedAt());
  }

  private static Instant confirmedAt(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }

  /** This run's posting of that title (the newest). */
  private long id(String title) {
    return fixtures.number("SELECT MAX(id) FROM matching_posting WHERE title = ?", title);
  }

  /** Reminders of the posting that reached this run's editor. */
  private long told(long posting) {
    return fixtures.number(
        "SELECT COUNT(*) FROM notification WHERE kind = 'matching.confirm' AND subject_key = ?"
            + " AND user_id = (SELECT MAX(id) FROM app_user WHERE display_name = ?)",
        String.valueOf(posting),
        EDITOR);
  }
}
