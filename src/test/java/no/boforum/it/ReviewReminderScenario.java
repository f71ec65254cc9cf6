package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.boforum.platform.text.Slugs;
import no.boforum.practice.PracticeData;
import no.boforum.practice.PracticeImport;
import no.boforum.practice.PracticeService;
import no.boforum.practice.ReviewReminder;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.OrganisationIds;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Practices;
import no.boforum.testsupport.TestServers;

/**
 * A published practice not reviewed for 24 months: its organisation's editors get one mail, and the
 * practice shows as needing review until someone confirms it.
 *
 * <p>Run by {@code InContainerIT}: its steps are the public methods, in the order written; the
 * static ones run on the client, the others in the container.
 */
@Dependent
public class ReviewReminderScenario {
  static final String SLUG = "gammel-praksis-i-oslo";
  static final String OWNER = "Påminning kommune";
  static String editorEmail;
  static Organisations.Organisation owner;

  @Inject ReviewReminder reminder;
  @Inject PracticeImport imports;
  @Inject PracticeService practices;
  @PersistenceContext EntityManager em;

  public static void osloHasAnEditor() {
    owner = Organisations.verified(OWNER);
    editorEmail = Accounts.person("reviewing-editor", "Rita Revisor", owner.slug(), "editor", null);
    var mine = ApiSession.loggedIn(editorEmail, Accounts.PASSWORD).get("api/me/memberships").json();
    assertEquals(1, mine.size(), mine.toString());
    assertEquals(owner.slug(), mine.get(0).path("organisationSlug").asText());
    assertEquals("EDITOR", mine.get(0).path("role").asText().toUpperCase(), mine.toString());
    assertEquals("ACTIVE", mine.get(0).path("status").asText().toUpperCase(), mine.toString());
  }

  public void aPracticeLastReviewedThreeYearsAgoIsRemindedOfOnce() {
    long ownerId = OrganisationIds.newestNamed(em, OWNER);
    PracticeData data = Practices.practice("Gammel praksis i Oslo", ownerId, List.of());
    imports.importPractice(SLUG, data, LocalDate.now().minusYears(3), List.of(), "old");
    assertTrue(practices.find(SLUG).orElseThrow().needsReview(), "flagged on the page");
    assertTrue(reminder.remindDue() >= 1);
    assertEquals(0, reminder.remindDue(), "told once, not every day");
    assertTrue(practices.find(SLUG).orElseThrow().needsReview(), "flagged until confirmed");
  }

  public static void theEditorGetsTheMail() {
    var mail = TestServers.mailbox().await(editorEmail, 2, Duration.ofSeconds(30));
    assertNotNull(mail, "the second mail, after the address check");
    assertTrue(mail.body().contains("/practices/" + SLUG), mail.body());
    var editor = ApiSession.loggedIn(editorEmail, Accounts.PASSWORD);
    assertEquals(204, editor.post("api/practices/" + SLUG + "/review-confirmation", null).status());
    assertTrue(
        !ApiSession.anonymous()
            .get("api/practices/" + SLUG)
            .json()
            .path("needsReview")
            .asBoolean());
  }

  public void twoMoreOldPracticesComeInOneMail() {
    long ownerId = OrganisationIds.newestNamed(em, OWNER);
    for (String title : List.of("Eldre praksis A i Oslo", "Eldre praksis B i Oslo")) {
      imports.importPractice(
          Slugs.of(title),
          Practices.practice(title, ownerId, List.of()),
          LocalDate.now().minusYears(4),
          List.of(),
          title);
    }
    assertTrue(reminder.remindDue() >= 2);
  }

  public static void theEditorGetsOneListNotOneMailEach() {
    var mail = TestServers.mailbox().await(editorEmail, 3, Duration.ofSeconds(30));
    assertNotNull(mail, "the third mail");
    assertTrue(mail.body().contains("/practices/eldre-praksis-a-i-oslo"), mail.body());
    assertTrue(mail.body().contains("/practices/eldre-praksis-b-i-oslo"), mail.body());
    assertTrue(mail.body().contains("/my/notification-settings"), mail.body());
    assertEquals(3, TestServers.mailbox().count(editorEmail), "one mail for both");
  }
}
