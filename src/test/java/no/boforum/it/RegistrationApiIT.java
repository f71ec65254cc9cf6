package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.Mailbox.Mail;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Registering through the API as two people would: terms, one registration each, the waiting list
 * with its place, the public mix of sectors without a name, the join link only for a seat, the
 * mailed cancellation link (altered: refused; as sent: cancels and promotes the next, who is told),
 * and the registrations in "download my data".
 */
class RegistrationApiIT {
  static final Duration MAIL = Duration.ofSeconds(30);
  static final String JOIN = "https://mote.example/forum-rom";

  static Map<String, Object> event(String host) {
    LocalDateTime start =
        LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(20).truncatedTo(ChronoUnit.HOURS);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("title", "Påmeldingsforum");
    e.put("summary", "Eit digitalt forum med éin plass.");
    e.put("description", "Berre for testen.");
    e.put("language", "nn");
    e.put("format", "DIGITAL");
    e.put("joinLink", JOIN);
    e.put("startsAt", start.toString());
    e.put("endsAt", start.plusHours(2).toString());
    e.put("capacity", 1);
    e.put("terms", "Eg godtek at namnet mitt står på deltakarlista til vertane.");
    e.put("askDietary", true);
    e.put("host", host);
    return e;
  }

  @Test
  void twoPeopleOneSeatAndTheMailedCancellationLink() throws Exception {
    Organisations.Organisation org = Organisations.verified("Påmelding kommune");
    ApiSession host =
        ApiSession.loggedIn(
            Accounts.person("reg-host", "Vera Vert", org.slug(), "editor", null),
            Accounts.PASSWORD);
    Answer created = host.post("api/events", event(org.slug()));
    assertEquals(201, created.status(), created.raw().body());
    String slug = created.json().path("slug").asText();
    assertEquals(
        200,
        host.post("api/events/" + slug + "/transitions", Map.of("transition", "PUBLISH")).status());

    assertEquals(
        401,
        ApiSession.anonymous()
            .put("api/events/" + slug + "/registration", Map.of("as", "PRIVATE_PERSON"))
            .status(),
        "a visitor is asked to log in");

    String anneEmail = Accounts.person("reg-anne", "Anne Annasdotter", null, null, null);
    ApiSession anne = ApiSession.loggedIn(anneEmail, Accounts.PASSWORD);
    Answer noTerms =
        anne.put("api/events/" + slug + "/registration", Map.of("as", "PRIVATE_PERSON"));
    assertEquals(400, noTerms.status(), noTerms.raw().body());
    assertEquals("acceptTerms", noTerms.json().path("field").asText());

    Map<String, Object> yes = new LinkedHashMap<>();
    yes.put("as", "PRIVATE_PERSON");
    yes.put("acceptTerms", true);
    yes.put("dietaryNeeds", "Glutenfritt");
    Answer seated = anne.put("api/events/" + slug + "/registration", yes);
    assertEquals(200, seated.status(), seated.raw().body());
    assertEquals("CONFIRMED", seated.json().path("status").asText());
    String code = seated.json().path("code").asText();
    assertTrue(code.matches("[ACDEFGHJKMNPQRTUVWXY34679]{6,8}"), code);
    assertEquals(JOIN, seated.json().path("joinLink").asText(), "a seat shows the join link");
    assertEquals(
        409,
        anne.put("api/events/" + slug + "/registration", yes).status(),
        "one registration per person");

    String bjornEmail = Accounts.person("reg-bjorn", "Bjørn Bjørnsen", null, null, null);
    ApiSession bjorn = ApiSession.loggedIn(bjornEmail, Accounts.PASSWORD);
    Map<String, Object> forOrg = new LinkedHashMap<>(yes);
    forOrg.put("as", "ORGANISATION");
    forOrg.put("organisation", org.slug());
    Answer notMember = bjorn.put("api/events/" + slug + "/registration", forOrg);
    assertEquals(400, notMember.status(), "not a member of that organisation");
    assertEquals("organisation", notMember.json().path("field").asText());
    Map<String, Object> asUser = new LinkedHashMap<>(yes);
    asUser.put("as", "USER_REPRESENTATIVE");
    Answer waiting = bjorn.put("api/events/" + slug + "/registration", asUser);
    assertEquals(200, waiting.status(), waiting.raw().body());
    assertEquals("WAITING", waiting.json().path("status").asText());
    assertEquals(1, waiting.json().path("placeInLine").asInt());
    assertTrue(
        waiting.json().path("joinLink").isMissingNode() || waiting.json().path("joinLink").isNull(),
        "no join link while waiting");

    Answer mix = ApiSession.anonymous().get("api/events/" + slug + "/sectors");
    assertEquals(200, mix.status());
    assertEquals(1, mix.json().path("confirmed").asInt());
    assertEquals(1, mix.json().path("waiting").asInt());
    assertEquals("privatperson", mix.json().path("sectors").get(0).path("sector").asText());
    Answer page = ApiSession.anonymous().get("api/events/" + slug);
    for (String secret : List.of("Anne", "Bjørn", anneEmail, bjornEmail, JOIN, "Glutenfritt")) {
      assertFalse(mix.raw().body().contains(secret), "no " + secret + " in the mix");
      assertFalse(page.raw().body().contains(secret), "no " + secret + " on the event");
    }

    Mail confirmation = TestServers.mailbox().await(anneEmail, 2, MAIL);
    assertNotNull(confirmation, "Anne's confirmation");
    assertTrue(confirmation.body().contains(code), confirmation.body());
    assertEquals("Du er påmeldt «Påmeldingsforum»", confirmation.subject());
    assertTrue(
        confirmation.headers().getOrDefault("List-Unsubscribe", "").contains("unsubscribe?token="),
        "a receipt may be moved to the portal: " + confirmation.headers());
    JsonNode bell = anne.get("api/notifications").json().path("items").get(0);
    assertEquals("event.registration", bell.path("kind").asText(), bell.toString());
    assertEquals("/events/" + slug, bell.path("link").asText().replaceFirst("^[^/]*//[^/]*", ""));
    Mail told = TestServers.mailbox().await(bjornEmail, 2, MAIL);
    assertNotNull(told, "Bjørn hears he is waiting");
    String token = confirmation.link("/events/cancel?token=").replaceFirst(".*token=", "");
    String altered =
        token.substring(0, token.length() - 2)
            + (token.charAt(token.length() - 2) == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);
    Answer refused =
        ApiSession.anonymous().post("api/events/cancellations", Map.of("token", altered));
    assertEquals(400, refused.status(), "an altered link cancels nothing");
    assertEquals(
        "CONFIRMED",
        anne.get("api/events/" + slug + "/registration").json().path("status").asText());

    Answer cancelled =
        ApiSession.anonymous().post("api/events/cancellations", Map.of("token", token));
    assertEquals(200, cancelled.status(), cancelled.raw().body());
    assertEquals(slug, cancelled.json().path("event").asText());
    assertEquals(404, anne.get("api/events/" + slug + "/registration").status());
    JsonNode promoted = bjorn.get("api/events/" + slug + "/registration").json();
    assertEquals("CONFIRMED", promoted.path("status").asText(), "the next in line has the seat");
    Mail news = TestServers.mailbox().await(bjornEmail, 3, MAIL);
    assertNotNull(news, "Bjørn is told of his seat");
    assertTrue(news.body().contains("/events/" + slug), news.body());

    Answer again = ApiSession.anonymous().post("api/events/cancellations", Map.of("token", token));
    assertEquals(200, again.status(), "a second click changes nothing and still answers");

    // The hosts' tools: names for the hosts only, CSV for Excel, check-in, a message, tables.
    assertEquals(403, bjorn.get("api/events/" + slug + "/participants").status());
    JsonNode participants = host.get("api/events/" + slug + "/participants").json();
    assertEquals(1, participants.size(), participants.toString());
    assertEquals("Bjørn Bjørnsen", participants.get(0).path("name").asText());
    var csv = host.get("api/events/" + slug + "/participants.csv?language=nn").raw();
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("\uFEFFNamn;Organisasjon;Sektor"), csv.body());
    assertTrue(csv.body().contains("Bjørn Bjørnsen;;Brukarrepresentant;Påmeld"), csv.body());
    String bjornCode = participants.get(0).path("code").asText();
    String typed = bjornCode.toLowerCase().substring(0, 3) + "-" + bjornCode.substring(3);
    Answer checkIn = host.post("api/events/" + slug + "/check-ins", Map.of("code", typed));
    assertEquals(200, checkIn.status(), checkIn.raw().body());
    assertEquals(1, checkIn.json().path("present").asInt());
    assertEquals(
        400, host.post("api/events/" + slug + "/check-ins", Map.of("code", "XXXXXXX")).status());
    Answer sent =
        host.post(
            "api/events/" + slug + "/messages",
            Map.of("subject", "Kart til møterommet", "body", "Lenkja opnar 08:45."));
    assertEquals(1, sent.json().path("recipients").asInt(), sent.raw().body());
    Mail message = TestServers.mailbox().await(bjornEmail, 4, MAIL);
    assertNotNull(message, "the hosts' message");
    assertEquals("Kart til møterommet", message.subject());
    Answer tables =
        host.post("api/events/" + slug + "/table-groups", Map.of("size", 4, "checkedInOnly", true));
    assertEquals(1, tables.json().path("groups").asInt(), tables.raw().body());
    assertEquals(
        1,
        bjorn.get("api/events/" + slug + "/registration").json().path("tableGroup").asInt(),
        "the participant sees the table");

    JsonNode mine = bjorn.get("api/events/registrations/mine").json();
    assertEquals(1, mine.path("total").asLong(), mine.toString());
    assertEquals(slug, mine.path("items").get(0).path("eventSlug").asText());
    assertEquals(
        0, bjorn.get("api/events/registrations/mine?past=true").json().path("total").asLong());
    assertEquals(400, bjorn.get("api/events/registrations/mine?size=1000").status());
    JsonNode export = bjorn.get("api/me/export").json();
    assertEquals(slug, export.path("eventRegistrations").get(0).path("event").asText());
    assertEquals(
        "Glutenfritt", export.path("eventRegistrations").get(0).path("dietaryNeeds").asText());
    assertFalse(
        export.path("eventRegistrations").get(0).path("inLineSince").asText().isBlank(),
        export.toString());
    assertEquals(1, export.path("eventRegistrations").get(0).path("tableGroup").asInt());
  }

  /**
   * A host's removal and a lapsed offer are mailed; a move and a cancellation send those with a
   * seat the changed calendar entry (a higher SEQUENCE; STATUS:CANCELLED), so their calendar
   * follows.
   */
  @Test
  void removalMoveAndCancellationAreMailedWithTheChangedCalendar() throws Exception {
    Organisations.Organisation org = Organisations.verified("Endring kommune");
    ApiSession host =
        ApiSession.loggedIn(
            Accounts.person("chg-host", "Eva Endring", org.slug(), "editor", null),
            Accounts.PASSWORD);
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(40);
    String title = "Endringsforum " + System.nanoTime();
    String slug = EventBuilder.event(org.slug(), title).on(day).with("capacity", 1).published(host);
    String anneEmail = Accounts.person("chg-anne", "Anne Endring", null, null, null);
    ApiSession anne = ApiSession.loggedIn(anneEmail, Accounts.PASSWORD);
    String bjornEmail = Accounts.person("chg-bjorn", "Bjørn Endring", null, null, null);
    ApiSession bjorn = ApiSession.loggedIn(bjornEmail, Accounts.PASSWORD);
    Map<String, Object> me = Map.of("as", "PRIVATE_PERSON");
    assertEquals(
        "CONFIRMED",
        anne.put("api/events/" + slug + "/registration", me).json().path("status").asText());
    assertEquals(
        "WAITING",
        bjorn.put("api/events/" + slug + "/registration", me).json().path("status").asText());
    // The first mail of each is the account's own (Accounts.person).
    Mail first = TestServers.mailbox().await(bjornEmail, 2, MAIL);
    assertNotNull(first, "Bjørn hears he waits");

    long anneId =
        host.get("api/events/" + slug + "/participants")
            .json()
            .get(0)
            .path("registrationId")
            .asLong();
    assertEquals(204, host.delete("api/events/" + slug + "/registrations/" + anneId).status());
    Mail removed = TestServers.mailbox().await(anneEmail, 3, MAIL);
    assertNotNull(removed, "Anne is told the host removed her");
    assertTrue(removed.subject().contains(title), removed.subject());
    assertTrue(removed.body().contains("/events/" + slug), removed.body());
    Mail seated = TestServers.mailbox().await(bjornEmail, 3, MAIL);
    assertNotNull(seated, "Bjørn has the seat");
    int sequence = sequence(seated);

    JsonNode editable = host.get("api/events/" + slug + "/editable").json();
    Map<String, Object> moved =
        EventBuilder.event(org.slug(), title).on(day.plusDays(1)).with("capacity", 1).body();
    moved.put("version", editable.path("version").asLong());
    Answer saved = host.put("api/events/" + slug, moved);
    assertEquals(200, saved.status(), saved.raw().body());
    Mail movedMail = TestServers.mailbox().await(bjornEmail, 4, MAIL);
    assertNotNull(movedMail, "Bjørn is told of the move");
    assertTrue(sequence(movedMail) > sequence, "the changed entry replaces the first");
    assertTrue(
        movedMail
            .attachments()
            .get(0)
            .content()
            .contains(day.plusDays(1).toString().replace("-", "")),
        movedMail.attachments().get(0).content());

    assertEquals(
        200,
        host.post("api/events/" + slug + "/transitions", Map.of("transition", "CANCEL")).status());
    Mail cancelled = TestServers.mailbox().await(bjornEmail, 5, MAIL);
    assertNotNull(cancelled, "Bjørn is told of the cancellation");
    assertTrue(sequence(cancelled) > sequence(movedMail));
    assertTrue(
        cancelled.attachments().get(0).content().contains("STATUS:CANCELLED"),
        cancelled.attachments().get(0).content());
  }

  /** The SEQUENCE of the mail's calendar entry. */
  private static int sequence(Mail mail) {
    assertEquals(1, mail.attachments().size(), mail.toString());
    ICalendar calendar = Biweekly.parse(mail.attachments().get(0).content()).first();
    return calendar.getEvents().get(0).getSequence().getValue();
  }

  @Test
  void aForumClosesWithFindingsThatFlowBackIntoThePracticeBank() throws Exception {
    Organisations.Organisation hostOrg = Organisations.verified("Forumvert stat");
    ApiSession host =
        ApiSession.loggedIn(
            Accounts.person("close-host", "Hanne Husbank", hostOrg.slug(), "editor", null),
            Accounts.PASSWORD);
    String practice =
        PracticeBuilder.practice(hostOrg.slug(), "Garantiordning for leige " + System.nanoTime())
            .with("evidenceLevel", "described")
            .with("evaluationPlanned", null)
            .published(host);
    Organisations.Organisation guestOrg = Organisations.verified("Gjest kommune");
    ApiSession guest =
        ApiSession.loggedIn(
            Accounts.person("close-guest", "Gunnar Gjest", guestOrg.slug(), "editor", null),
            Accounts.PASSWORD);
    ApiSession absent =
        ApiSession.loggedIn(
            Accounts.person(
                "close-absent",
                "Ada Avwesend",
                Organisations.verified("Fråverande kommune").slug(),
                "editor",
                null),
            Accounts.PASSWORD);

    Map<String, Object> forum = event(hostOrg.slug());
    forum.put("title", "Innovasjonsforum om leigegaranti");
    forum.remove("terms");
    Answer created = host.post("api/events", forum);
    String slug = created.json().path("slug").asText();
    host.post("api/events/" + slug + "/transitions", Map.of("transition", "PUBLISH"));
    Map<String, Object> forOrg = new LinkedHashMap<>();
    forOrg.put("as", "ORGANISATION");
    forOrg.put("organisation", guestOrg.slug());
    Answer seat = guest.put("api/events/" + slug + "/registration", forOrg);
    assertEquals("CONFIRMED", seat.json().path("status").asText(), seat.raw().body());
    host.post(
        "api/events/" + slug + "/check-ins", Map.of("code", seat.json().path("code").asText()));
    assertEquals(
        409,
        host.post("api/events/" + slug + "/closing", Map.of("report", "For tidleg.")).status(),
        "not over yet");

    // The forum took place yesterday.
    JsonNode editable = host.get("api/events/" + slug + "/editable").json();
    LocalDateTime yesterday =
        LocalDateTime.now(ZoneId.of("Europe/Oslo")).minusDays(1).truncatedTo(ChronoUnit.HOURS);
    forum.put("startsAt", yesterday.toString());
    forum.put("endsAt", yesterday.plusHours(3).toString());
    forum.put("version", editable.path("version").asLong());
    assertEquals(200, host.put("api/events/" + slug, forum).status());

    Map<String, Object> idea = new LinkedHashMap<>();
    idea.put("kind", "IDEA");
    idea.put("text", "Ein felles garantipott som kommunane og dei frivillige forvaltar saman");
    Map<String, Object> barrier = new LinkedHashMap<>();
    barrier.put("kind", "BARRIER");
    barrier.put("text", "Innkjøpsreglane gjer det tungt å kjøpe tenester frå små ideelle.");
    barrier.put("practices", List.of(practice));
    Answer closed =
        host.post(
            "api/events/" + slug + "/closing",
            Map.of("report", "Tretti kom, frå fem sektorar.", "findings", List.of(idea, barrier)));
    assertEquals(200, closed.status(), closed.raw().body());
    JsonNode report = ApiSession.anonymous().get("api/events/" + slug + "/report").json();
    assertEquals(1, report.path("attended").asInt(), report.toString());
    assertEquals(guestOrg.name(), report.path("organisations").get(0).path("name").asText());
    assertEquals("ideell-organisasjon", report.path("sectors").get(0).path("sector").asText());
    assertFalse(report.toString().contains("Gunnar"), "no names in the report");
    assertEquals(2, report.path("findings").size());
    long ideaId = report.path("findings").get(0).path("id").asLong();
    long barrierId = report.path("findings").get(1).path("id").asLong();
    assertEquals(
        practice, report.path("findings").get(1).path("practices").get(0).path("slug").asText());
    assertEquals(
        "CLOSED", ApiSession.anonymous().get("api/events/" + slug).json().path("state").asText());

    Map<String, Object> asGuest = Map.of("organisation", guestOrg.slug());
    assertEquals(
        409,
        absent
            .post(
                "api/events/" + slug + "/findings/" + ideaId + "/practice-draft",
                Map.of(
                    "organisation",
                    absent
                        .get("api/me/memberships")
                        .json()
                        .get(0)
                        .path("organisationSlug")
                        .asText()))
            .status(),
        "an organisation that was not there");
    Answer draft =
        guest.post("api/events/" + slug + "/findings/" + ideaId + "/practice-draft", asGuest);
    assertEquals(201, draft.status(), draft.raw().body());
    JsonNode started = guest.get("api/practices/" + draft.json().path("slug").asText()).json();
    assertEquals("DRAFT", started.path("state").asText());
    assertTrue(
        started.path("title").asText().startsWith("Ein felles garantipott"), started.toString());
    assertEquals(guestOrg.slug(), started.path("owner").path("slug").asText());

    Map<String, Object> tryIt = Map.of("organisation", guestOrg.slug(), "practice", practice);
    assertEquals(
        204,
        guest.post("api/events/" + slug + "/findings/" + barrierId + "/adoptions", tryIt).status());
    JsonNode spread =
        ApiSession.anonymous().get("api/practices/" + practice).json().path("adoptions");
    assertEquals(1, spread.size(), spread.toString());
    assertEquals("PLANNING", spread.get(0).path("status").asText());

    String page = ApiSession.anonymous().page("practices/" + practice).body();
    assertTrue(page.contains("Innovasjonsforum om leigegaranti"), "the practice names the forum");
  }
}
