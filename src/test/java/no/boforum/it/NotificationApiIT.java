package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Mailbox;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.RawHttp;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Notifications through the API, on the suite's portal (immediate mails go at once there): each
 * reaches the bell and the mail as the person's preferences say, the preferences refuse what is
 * unknown and change nothing then, the mail can be stopped with one click and no login, a forged
 * link is refused, and a deleted account is told nothing more.
 */
class NotificationApiIT {
  static final Duration MAIL = Duration.ofSeconds(30);

  record People(String askerEmail, ApiSession asker, ApiSession replier, long thread) {}

  static People thread(String tag) {
    String org = Organisations.verified("Varselkommunen " + tag).slug();
    String askerEmail = Accounts.person("notify-asker", "Varsla Spør", org, "editor", null);
    ApiSession asker = ApiSession.loggedIn(askerEmail, Accounts.PASSWORD);
    ApiSession replier =
        ApiSession.loggedIn(
            Accounts.person("notify-replier", "Svar Svarsen", org, "member", null),
            Accounts.PASSWORD);
    long thread =
        DiscussionApiIT.start(
            asker, DiscussionApiIT.question("Varsel om svar " + tag + " " + System.nanoTime()));
    return new People(askerEmail, asker, replier, thread);
  }

  static long unread(ApiSession who) {
    Answer a = who.get("api/notifications/unread");
    assertEquals(200, a.status(), () -> a.raw().body());
    return a.json().path("unread").asLong();
  }

  static void choose(ApiSession who, String kind, String delivery) {
    Answer a =
        who.put("api/me/notification-preferences", Map.of("deliveries", Map.of(kind, delivery)));
    assertEquals(200, a.status(), () -> a.raw().body());
    assertEquals(delivery, a.json().path("deliveries").path(kind).asText());
  }

  @Test
  void aReplyReachesTheBellAndTheMailAsThePreferencesSay() {
    People p = thread("a");
    Mailbox mailbox = TestServers.mailbox();
    int mails = mailbox.count(p.askerEmail());
    assertEquals(0, unread(p.asker()));

    long first = DiscussionApiIT.reply(p.replier(), p.thread(), "Første svar.", null);
    assertEquals(1, unread(p.asker()), "the asker's bell");
    assertEquals(0, unread(p.replier()), "nobody is told of their own post");
    JsonNode list = p.asker().get("api/notifications").json();
    assertEquals(1, list.path("total").asLong(), list.toString());
    JsonNode item = list.path("items").get(0);
    assertTrue(
        item.path("line").asText().startsWith("Svar Svarsen replied in “Varsel om svar a"),
        "in the language of the request: " + item);
    assertTrue(item.path("link").asText().endsWith("#post-" + first), item.toString());
    assertFalse(item.path("read").asBoolean());

    Mailbox.Mail mail = mailbox.await(p.askerEmail(), mails + 1, MAIL);
    assertTrue(mail.subject().startsWith("Svar Svarsen svarte i «"), mail.subject());
    assertTrue(mail.body().contains("#post-" + first), mail.body());
    assertTrue(mail.body().contains("/my/notification-settings"), mail.body());
    assertTrue(
        mail.headers()
            .get("List-Unsubscribe")
            .matches("<http.*/api/notifications/unsubscribe\\?token=.+>"),
        mail.headers().toString());
    assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));

    choose(p.asker(), "discussion.reply", "PORTAL");
    long second = DiscussionApiIT.reply(p.replier(), p.thread(), "Andre svar.", null);
    assertEquals(2, unread(p.asker()), "in the portal only: the bell still tells");
    choose(p.asker(), "discussion.reply", "IMMEDIATE");
    long third = DiscussionApiIT.reply(p.replier(), p.thread(), "Tredje svar.", null);
    Mailbox.Mail next = mailbox.await(p.askerEmail(), mails + 2, MAIL);
    assertTrue(next.body().contains("#post-" + third), next.body());
    assertFalse(next.body().contains("#post-" + second), "the portal-only reply was not mailed");

    choose(p.asker(), "discussion.reply", "OFF");
    DiscussionApiIT.reply(p.replier(), p.thread(), "Fjerde svar.", null);
    assertEquals(3, unread(p.asker()), "off: not even the bell");

    assertEquals(
        204,
        p.asker().post("api/notifications/" + item.path("id").asLong() + "/read", null).status());
    assertEquals(2, unread(p.asker()));
    assertEquals(
        404,
        p.replier().post("api/notifications/" + item.path("id").asLong() + "/read", null).status(),
        "not another's");
    assertEquals(
        2, p.asker().post("api/notifications/read-all", null).json().path("marked").asInt());
    assertEquals(0, unread(p.asker()));
    assertEquals(3, p.asker().get("api/notifications?size=2").json().path("total").asLong());
    assertEquals(2, p.asker().get("api/notifications?size=2").json().path("items").size());
    assertEquals(0, p.asker().get("api/notifications?unread=true").json().path("total").asLong());
    assertEquals(400, p.asker().get("api/notifications?size=1000").status());
    assertEquals(401, ApiSession.anonymous().get("api/notifications").status());
  }

  @Test
  void preferencesHaveSensibleDefaultsAndARefusedChangeChangesNothing() {
    ApiSession me = Accounts.session("notify-prefs", null, null, null);
    JsonNode prefs = me.get("api/me/notification-preferences").json();
    JsonNode d = prefs.path("deliveries");
    assertEquals("IMMEDIATE", d.path("discussion.reply").asText(), prefs.toString());
    assertEquals("IMMEDIATE", d.path("discussion.mention").asText());
    assertEquals("DAILY", d.path("discussion.activity").asText());
    assertEquals("DAILY", d.path("search.saved-search").asText());
    assertEquals(TestServers.DIGEST_HOUR, prefs.path("digestHour").asInt());
    assertEquals("MONDAY", prefs.path("digestDay").asText());

    Answer changed =
        me.put(
            "api/me/notification-preferences",
            Map.of(
                "deliveries",
                Map.of("discussion.activity", "weekly"),
                "digestHour",
                18,
                "digestDay",
                "friday"));
    assertEquals(200, changed.status(), () -> changed.raw().body());
    assertEquals("WEEKLY", changed.json().path("deliveries").path("discussion.activity").asText());
    assertEquals(18, changed.json().path("digestHour").asInt());
    assertEquals("FRIDAY", changed.json().path("digestDay").asText());

    for (Map<String, Object> wrong :
        java.util.List.<Map<String, Object>>of(
            Map.of("deliveries", Map.of("discussion.reply", "DAILY", "no.such-kind", "DAILY")),
            Map.of("deliveries", Map.of("discussion.reply", "SOMETIMES")),
            Map.of("deliveries", Map.of("discussion.moderation", "OFF")),
            Map.of("deliveries", Map.of("discussion.reply", "DAILY"), "digestHour", 24),
            Map.of("deliveries", Map.of("discussion.reply", "DAILY"), "digestDay", "someday"))) {
      Answer refused = me.put("api/me/notification-preferences", wrong);
      assertEquals(400, refused.status(), () -> wrong + ": " + refused.raw().body());
      assertFalse(refused.error().isBlank(), refused.raw().body());
    }
    JsonNode after = me.get("api/me/notification-preferences").json();
    assertEquals(
        "IMMEDIATE", after.path("deliveries").path("discussion.reply").asText(), "unchanged");
    assertEquals(18, after.path("digestHour").asInt());
    assertEquals(401, ApiSession.anonymous().get("api/me/notification-preferences").status());
  }

  @Test
  void oneClickStopsTheMailWithoutLoginAndAForgedLinkDoesNothing() throws Exception {
    People p = thread("b");
    Mailbox mailbox = TestServers.mailbox();
    int mails = mailbox.count(p.askerEmail());
    DiscussionApiIT.reply(p.replier(), p.thread(), "Et svar å stoppe.", null);
    Mailbox.Mail mail = mailbox.await(p.askerEmail(), mails + 1, MAIL);
    String header = mail.headers().get("List-Unsubscribe");
    assertNotNull(header, mail.headers().toString());
    String url = header.substring(1, header.length() - 1);

    // A character in the middle of the signature: the last one may only carry padding bits.
    int at = url.lastIndexOf('.') + 10;
    String forged =
        url.substring(0, at) + (url.charAt(at) == 'A' ? 'B' : 'A') + url.substring(at + 1);
    assertEquals(400, oneClick(forged).statusCode(), "an altered signature");
    assertEquals(400, oneClick(url.replaceAll("token=.*", "token=")).statusCode(), "no token");
    assertEquals("IMMEDIATE", reply(p.asker()), "nothing changed");

    HttpResponse<String> done = oneClick(url);
    assertEquals(200, done.statusCode(), done.body());
    assertEquals("PORTAL", reply(p.asker()), "the mail stops; the bell still tells");
    String page =
        ApiSession.anonymous().visit(mail.link("/notifications/unsubscribe?token=")).body();
    assertTrue(page.contains("Svar i tråder jeg har startet"), "the page names what it stops");
  }

  /**
   * The asker and the followers hear of a post once, when it is shown: an edit tells nobody again,
   * nor one who followed since; whom the edit newly mentions hears of the mention.
   */
  @Test
  void anEditTellsNobodyAgainNorThoseWhoFollowedSince() {
    People p = thread("e");
    long post = DiscussionApiIT.reply(p.replier(), p.thread(), "Første utgave.", null);
    assertEquals(1, unread(p.asker()));
    ApiSession late = Accounts.session("notify-late", null, null, null);
    assertEquals(
        204,
        late.put("api/discussions/" + p.thread() + "/reading", Map.of("level", "FOLLOWING"))
            .status());
    long version = 0;
    for (JsonNode reply :
        DiscussionApiIT.thread(p.asker(), p.thread()).path("replies").path("items")) {
      if (reply.path("id").asLong() == post) {
        version = reply.path("version").asLong();
      }
    }
    Answer edited =
        p.replier()
            .put(
                "api/discussions/posts/" + post,
                Map.of("body", "Andre utgave, rettet.", "version", version));
    assertEquals(200, edited.status(), () -> edited.raw().body());
    assertEquals(1, unread(p.asker()), "the asker is not told again");
    assertEquals(0, unread(late), "nor one who followed since");

    long next = DiscussionApiIT.reply(p.replier(), p.thread(), "Et nytt svar.", null);
    assertEquals(2, unread(p.asker()));
    assertEquals(
        "discussion.activity",
        late.get("api/notifications").json().path("items").get(0).path("kind").asText(),
        "a new post reaches the new follower: " + next);
  }

  /**
   * A join request reaches the organisation's admins (bell and mail), and the answer reaches the
   * one who asked, named by the admin who gave it.
   */
  @Test
  void aJoinRequestAndItsAnswerReachTheBellAndTheMail() {
    String org = Organisations.verified("Varsel om medlemskap " + System.nanoTime()).slug();
    String adminEmail = Accounts.person("notify-orgadmin", "Ada Organisasjon", org, "admin", null);
    ApiSession admin = ApiSession.loggedIn(adminEmail, Accounts.PASSWORD);
    String askerEmail = Accounts.person("notify-joiner", "Jon Søker", null, null, null);
    ApiSession asker = ApiSession.loggedIn(askerEmail, Accounts.PASSWORD);
    Mailbox mailbox = TestServers.mailbox();
    int adminMails = mailbox.count(adminEmail);
    int askerMails = mailbox.count(askerEmail);

    assertEquals(201, asker.post("api/organisations/" + org + "/join-requests", null).status());
    JsonNode told = admin.get("api/notifications").json().path("items").get(0);
    assertEquals("identity.join-request", told.path("kind").asText(), told.toString());
    Mailbox.Mail request = mailbox.await(adminEmail, adminMails + 1, MAIL);
    assertTrue(request.subject().startsWith("Jon Søker ber om å bli med i "), request.subject());

    long id =
        admin
            .get("api/organisations/" + org + "/members?status=requested")
            .json()
            .get(0)
            .path("membershipId")
            .asLong();
    Answer approved =
        admin.post(
            "api/organisations/" + org + "/members/" + id + "/approval", Map.of("role", "member"));
    assertEquals(200, approved.status(), () -> approved.raw().body());
    JsonNode answer = asker.get("api/notifications").json().path("items").get(0);
    assertEquals("identity.membership", answer.path("kind").asText(), answer.toString());
    Mailbox.Mail mail = mailbox.await(askerEmail, askerMails + 1, MAIL);
    assertTrue(
        mail.subject().startsWith("Ada Organisasjon har godkjent at du blir med i "),
        mail.subject());
  }

  @Test
  void aDeletedAccountIsToldNothingMoreAndItsNotificationsGo() throws Exception {
    People p = thread("c");
    DiscussionApiIT.reply(p.replier(), p.thread(), "Før sletting.", null);
    assertEquals(1, unread(p.asker()));
    JsonNode export = p.asker().get("api/me/export").json();
    long id = export.path("profile").path("id").asLong();
    JsonNode mine = export.path("notifications");
    assertEquals(1, mine.path("notifications").size(), export.toString());
    assertEquals("IMMEDIATE", mine.path("preferences").path("discussion.reply").asText());
    assertEquals(1, rows(id), "kept until the account goes");

    assertEquals(204, p.asker().delete("api/me").status());
    assertEquals(0, rows(id), "deleted with the account");
    DiscussionApiIT.reply(p.replier(), p.thread(), "Etter sletting.", null);
    assertEquals(0, rows(id), "nothing more is kept for a deleted account");
  }

  /** The person's notifications in the database. */
  static long rows(long userId) throws java.sql.SQLException {
    try (var c = TestServers.database();
        var s = c.prepareStatement("SELECT COUNT(*) FROM notification WHERE user_id = ?")) {
      s.setLong(1, userId);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  static String reply(ApiSession who) {
    return who.get("api/me/notification-preferences")
        .json()
        .path("deliveries")
        .path("discussion.reply")
        .asText();
  }

  static HttpResponse<String> oneClick(String url) throws Exception {
    return Http.client()
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The page's button marks a notification read by the id its form carries: another person's id in
   * that form marks nothing and leads back to the list, while one's own leads to its subject.
   */
  @Test
  void thePagesButtonOpensOnlyOnesOwnNotification() throws Exception {
    People p = thread("c");
    String org = Organisations.verified("Opnekommunen").slug();
    String openerEmail = Accounts.person("notify-opener", "Opna Opnar", org, "member", null);
    ApiSession opener = ApiSession.loggedIn(openerEmail, Accounts.PASSWORD);
    DiscussionApiIT.reply(opener, p.thread(), "Svar til den som spurde.", null);
    long theirs =
        p.asker().get("api/notifications").json().path("items").get(0).path("id").asLong();
    long own =
        DiscussionApiIT.start(opener, DiscussionApiIT.question("Eigen tråd " + System.nanoTime()));
    DiscussionApiIT.reply(p.replier(), own, "Svar til opnaren.", null);
    JsonNode mine = opener.get("api/notifications").json().path("items").get(0);
    long mineId = mine.path("id").asLong();
    assertEquals(1, unread(p.asker()));
    assertEquals(1, unread(opener));

    String cookie = RawHttp.login(openerEmail, Accounts.PASSWORD);
    RawHttp.Answer page = RawHttp.send("GET", "/my/notifications", Map.of("Cookie", cookie), null);
    assertEquals(200, page.status(), page.body());
    Matcher button = Pattern.compile("name=\"([^\"]+:go)\"").matcher(page.body());
    assertTrue(button.find(), page.body());
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(state.find(), page.body());

    RawHttp.Answer other = open(cookie, button.group(1), state.group(1), theirs);
    assertTrue(other.status() == 302 || other.status() == 303, other.body());
    assertTrue(other.header("Location").endsWith("/my/notifications"), other.headers().toString());
    assertEquals(1, unread(p.asker()), "another's notification stays unread");

    RawHttp.Answer ownOpened = open(cookie, button.group(1), state.group(1), mineId);
    assertTrue(ownOpened.status() == 302 || ownOpened.status() == 303, ownOpened.body());
    assertTrue(
        ownOpened.header("Location").endsWith(mine.path("link").asText()),
        ownOpened.headers() + " " + mine);
    assertEquals(0, unread(opener), "one's own is marked read");
  }

  private static RawHttp.Answer open(String cookie, String button, String viewState, long id)
      throws Exception {
    String form = button.substring(0, button.lastIndexOf(':'));
    String body =
        URLEncoder.encode(form, StandardCharsets.UTF_8)
            + "="
            + URLEncoder.encode(form, StandardCharsets.UTF_8)
            + "&"
            + URLEncoder.encode(button, StandardCharsets.UTF_8)
            + "=go&notification="
            + id
            + "&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
    URI base = URI.create(TestServers.baseUrl());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cookie", cookie);
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    headers.put("Origin", base.getScheme() + "://" + base.getHost() + ":" + base.getPort());
    return RawHttp.send("POST", "/my/notifications", headers, body);
  }
}
