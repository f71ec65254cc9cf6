package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import no.boforum.practice.PracticeImport;
import no.boforum.practice.PracticeService;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.OrganisationIds;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Practices;
import no.boforum.testsupport.TestServers;

/**
 * Two instances of the portal find the review reminder due at the same moment: the suite's Payara
 * Micro with the packaged WAR, and the one Arquillian deploys the in-container scenarios to ({@code
 * InContainerIT}), on one database. Only one of them runs it, and the editor gets one mail, not
 * two.
 *
 * <p>The test makes the moment the same for both: it holds the job's row locked while it makes the
 * job due, until both instances wait on that lock with their claim. It also holds the practice's
 * row until the run that got through reaches it, so that a second run (were the claim broken) would
 * read the practice as due as well, and queue a second mail.
 *
 * <p>Its steps are the public methods, in the order written; the static ones run on the client, the
 * others in the container.
 */
@Dependent
public class ReminderOnTwoInstancesScenario {
  static final String SLUG = "gammal-praksis-i-bergen";
  static final String JOB = "review-reminder";

  /** The job's claim, as the portal's statement shows in the process list. */
  static final String CLAIM = "UPDATE job SET owner = % WHERE name = 'review-reminder'%";

  /** The run's mark on the practices it reminded of. */
  static final String MARK = "UPDATE practice SET % review_reminded_at = %";

  static final String OWNER = "Tvilling kommune";
  static String editorEmail;
  static Organisations.Organisation owner;

  @Inject PracticeImport imports;
  @Inject PracticeService practices;
  @PersistenceContext EntityManager em;

  public static void bergenHasAnEditor() {
    owner = Organisations.verified(OWNER);
    editorEmail =
        Accounts.person("two-instance-editor", "Tora Tvilling", owner.slug(), "editor", null);
  }

  public void aPracticeIsDueForReview() {
    long ownerId = OrganisationIds.newestNamed(em, OWNER);
    imports.importPractice(
        SLUG,
        Practices.practice("Gammal praksis i Bergen", ownerId, List.of()),
        LocalDate.now().minusYears(3),
        List.of(),
        "two-instances");
    assertEquals(true, practices.find(SLUG).orElseThrow().needsReview());
  }

  public static void bothInstancesFindTheReminderDueAndTheEditorGetsOneMail() throws Exception {
    int mailsBefore = TestServers.mailbox().count(editorEmail);
    long runsBefore;
    long runsAfter;
    try (Connection job = TestServers.database();
        Connection practice = TestServers.database();
        Connection look = TestServers.database()) {
      job.setAutoCommit(false);
      practice.setAutoCommit(false);
      runsBefore = lockJobAndMakeItDue(job);
      Eventually.await(
          "both instances waiting to claim the job", () -> waiting(look, CLAIM), n -> n >= 2);
      lockPractice(practice);
      job.commit();
      Eventually.await("a run waiting for the practice", () -> waiting(look, MARK), n -> n >= 1);
      Eventually.await("no claim waiting any longer", () -> waiting(look, CLAIM), n -> n == 0);
      practice.commit();
      Eventually.await("the run to end", () -> runEnded(look), ended -> ended);
      Eventually.await(
          "the notification to be mailed", () -> pendingFor(look, editorEmail), n -> n == 0);
      Eventually.await("the mail to go out", () -> unsentTo(look, editorEmail), n -> n == 0);
      runsAfter = runs(look);
    }
    assertEquals(
        mailsBefore + 1, TestServers.mailbox().count(editorEmail), "one reminder, not one each");
    assertEquals(runsBefore + 1, runsAfter, "one run in the cluster");
  }

  /** Locks the job's row, makes it due, and answers how often it ran before. */
  private static long lockJobAndMakeItDue(Connection c) throws SQLException {
    long runs = runs(c, "SELECT runs FROM job WHERE name = ? FOR UPDATE");
    try (PreparedStatement s =
        c.prepareStatement("UPDATE job SET next_due = NOW(6) - INTERVAL 1 SECOND WHERE name = ?")) {
      s.setString(1, JOB);
      assertEquals(1, s.executeUpdate(), "the job has its row");
    }
    return runs;
  }

  private static void lockPractice(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT id FROM practice WHERE slug = ? FOR UPDATE")) {
      s.setString(1, SLUG);
      try (ResultSet r = s.executeQuery()) {
        assertEquals(true, r.next());
      }
    }
  }

  /**
   * Statements of the portal's database user that wait (or run) now and match {@code pattern}:
   * without the PROCESS privilege, the process list shows the threads of one's own user.
   */
  private static int waiting(Connection c, String pattern) {
    return (int)
        number(
            c,
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                + " WHERE COMMAND = 'Query' AND INFO LIKE ?",
            pattern);
  }

  private static boolean runEnded(Connection c) {
    return number(
            c,
            "SELECT COUNT(*) FROM job WHERE name = ? AND owner IS NULL"
                + " AND last_finished >= last_started AND next_due > NOW(6)",
            JOB)
        == 1;
  }

  /** The editor's notifications that the notification mailer has still to mail. */
  private static long pendingFor(Connection c, String email) {
    return number(
        c,
        "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
            + " WHERE u.email = ? AND n.mail_state = 'PENDING'",
        email);
  }

  private static long unsentTo(Connection c, String email) {
    return number(
        c, "SELECT COUNT(*) FROM mail_message WHERE recipient = ? AND sent_at IS NULL", email);
  }

  private static long runs(Connection c) {
    try {
      return runs(c, "SELECT runs FROM job WHERE name = ?");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long runs(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, JOB);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long number(Connection c, String sql, String parameter) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
