package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import no.boforum.platform.outbox.SearchOutbox;
import no.boforum.practice.PracticeImport;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchService;
import no.boforum.search.saved.SavedSearchAlerts;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Mailbox.Mail;
import no.boforum.testsupport.Practices;
import no.boforum.testsupport.TestServers;

/**
 * A user saves a search; of two practices published later, the one that matches comes in one alert
 * mail, the other does not, and the next run sends nothing. Nobody else can see or touch the saved
 * search.
 *
 * <p>Run by {@code InContainerIT}: its steps are the public methods, in the order written; the
 * static ones run on the client, the others in the container.
 */
@Dependent
public class SavedSearchScenario {
  static final String WORD = "kvistkorgverkstad";
  static final String MATCHING = "kvistkorgverkstad-i-tromso";
  static final String OTHER = "leksehjelp-for-nye-leigetakarar";
  static String email;
  static long searchId;

  @Inject PracticeImport imports;
  @Inject SearchService search;
  @Inject SearchOutbox outbox;
  @Inject SavedSearchAlerts alerts;

  public static void anonymousCallersHaveNoSavedSearches() {
    ApiSession anonymous = ApiSession.anonymous();
    assertEquals(401, anonymous.get("api/saved-searches").status());
    assertEquals(
        401,
        anonymous
            .post("api/saved-searches", Map.of("name", "Alt", "queryString", "q=bolig"))
            .status());
  }

  public static void aUserSavesASearchThatNobodyElseCanTouch() {
    email = Accounts.freshEmail("saved-search");
    Accounts.registerVerified(email, "Siri Søkar");
    ApiSession me = ApiSession.loggedIn(email, Accounts.PASSWORD);
    ApiSession.Answer saved =
        me.post(
            "api/saved-searches",
            Map.of("name", "Kvistkorg", "queryString", "q=" + WORD + "&page=3&utm_source=x"));
    assertEquals(201, saved.status(), () -> saved.raw().body());
    assertEquals("q=" + WORD, saved.json().path("queryString").asText(), "page and noise dropped");
    assertTrue(saved.json().path("alert").asBoolean(), "the alert is on from the start");
    searchId = saved.json().path("id").asLong();
    // Alerts come in the daily summary unless chosen otherwise: this person wants them at once.
    ApiSession.Answer chosen =
        me.put(
            "api/me/notification-preferences",
            Map.of("deliveries", Map.of("search.saved-search", "IMMEDIATE")));
    assertEquals(200, chosen.status(), () -> chosen.raw().body());

    ApiSession.Answer nameless =
        me.post("api/saved-searches", Map.of("name", " ", "queryString", "q=bolig"));
    assertEquals(400, nameless.status());
    assertEquals("name", nameless.json().path("field").asText());

    String otherEmail = Accounts.freshEmail("saved-search-other");
    Accounts.registerVerified(otherEmail, "Ola Annan");
    ApiSession other = ApiSession.loggedIn(otherEmail, Accounts.PASSWORD);
    assertEquals(404, other.put("api/saved-searches/" + searchId, Map.of("alert", false)).status());
    assertEquals(404, other.delete("api/saved-searches/" + searchId).status());
    assertEquals(0, other.get("api/saved-searches").json().size());
  }

  public void onlyTheNewPracticeThatMatchesIsMailedAndOnlyOnce() throws Exception {
    imports.importPractice(
        MATCHING, Practices.practice("Kvistkorgverkstad i Tromsø"), null, List.of(), "saved-1");
    imports.importPractice(
        OTHER, Practices.practice("Leksehjelp for nye leigetakarar"), null, List.of(), "saved-2");
    Eventually.await(
        "both practices in the index",
        () ->
            search.search(new SearchQuery(WORD, 1, 10)).total()
                + search.search(new SearchQuery("leksehjelp", 1, 10)).total(),
        n -> n >= 2);
    Eventually.await("the outbox to drain", () -> outbox.pending(), n -> n == 0);

    // A run a few minutes later: each run leaves the last minute before its start to the next one.
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).plusMinutes(3);
    assertTrue(alerts.alertDue(now) >= 1, "the saved search has news");
    assertEquals(0, alerts.alertDue(now), "a second run at once sends nothing");
    assertEquals(0, alerts.alertDue(now.plusDays(1)), "nor does the next day's run");
  }

  public static void theMailNamesTheMatchingPracticeWithLinks() {
    Mail mail = TestServers.mailbox().await(email, 2, Duration.ofSeconds(30));
    assertTrue(mail.subject().contains("Kvistkorg"), mail.subject());
    assertTrue(mail.body().contains("Kvistkorgverkstad i Tromsø"), mail.body());
    assertFalse(mail.body().contains("Leksehjelp"), mail.body());
    assertTrue(mail.link("/practices/" + MATCHING).startsWith("http"));
    assertTrue(mail.link("/search?q=" + WORD).startsWith("http"));
    assertTrue(mail.link("/my/notification-settings").startsWith("http"));
    assertEquals(2, TestServers.mailbox().count(email), "verification and one alert, no more");

    ApiSession me = ApiSession.loggedIn(email, Accounts.PASSWORD);
    var mine = me.get("api/saved-searches").json();
    assertEquals(1, mine.size());
    assertTrue(mine.get(0).path("lastAlertedAt").isTextual(), mine.toString());
    ApiSession.Answer off = me.put("api/saved-searches/" + searchId, Map.of("alert", false));
    assertEquals(200, off.status(), () -> off.raw().body());
    assertFalse(off.json().path("alert").asBoolean());
    assertEquals(204, me.delete("api/saved-searches/" + searchId).status());
    assertEquals(404, me.delete("api/saved-searches/" + searchId).status());
  }

  public static void aFormSentFromAPageOpenTooLongIsExplainedNotAnError() {
    ApiSession me = ApiSession.loggedIn(email, Accounts.PASSWORD);
    String form =
        "saveSearch=saveSearch&saveSearch%3Aname=Gammalt&saveSearch%3Asave=Lagre"
            + "&jakarta.faces.ViewState=4417388230617340881:-2120454478224935529";
    ApiSession.Answer sent =
        me.postBytes(
            "search.xhtml",
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8),
            "skjema");
    String page = sent.raw().body();
    assertTrue(
        page.contains("Siden hadde stått åpen for lenge")
            || page.contains("The page had been open too long"),
        page);
    assertFalse(
        page.contains("Noe gikk galt") || page.contains("Something went wrong"),
        "not the error page");
  }
}
