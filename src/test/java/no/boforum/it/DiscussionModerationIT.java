package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moderation of discussions through HTTP: a personal-information flag hides a post at once from
 * everyone but moderators and its author (API, page and search); other flags weigh by the flagger's
 * standing up to the threshold, a moderator's hides at once; the moderators' decisions (keep, hide,
 * edit, delete, suspend longer each time) reach the author by mail and the audit log; a newcomer's
 * first posts wait for approval; rate limits and the same text twice; locked and closed threads
 * refuse replies, pinned ones come first, moved ones change category.
 */
class DiscussionModerationIT {
  static final String CATEGORY = "bolig-og-utleie";
  static final Duration MAIL = Duration.ofSeconds(30);
  static String org;
  static Person asker;
  static ApiSession moderator;
  static ApiSession admin;

  /** A person of the test: id, address and session. */
  record Person(long id, String email, ApiSession session) {}

  @BeforeAll
  static void people() {
    org = Organisations.verified("Modereringskommunen").slug();
    asker = person("mod-asker", org, false);
    moderator = Accounts.session("mod-moderator", null, null, "MODERATOR");
    admin = Accounts.admin();
  }

  /** A verified person, perhaps a member of {@code organisation}, perhaps 30 days old. */
  static Person person(String who, String organisation, boolean established) {
    String email = Accounts.freshEmail(who);
    long id = Accounts.registerVerified(email, who);
    if (organisation != null) {
      Answer a =
          admin()
              .post(
                  "api/admin/organisations/" + organisation + "/members",
                  Map.of("userId", id, "role", "member"));
      assertEquals(200, a.status(), () -> a.raw().body());
    }
    if (established) {
      sql("UPDATE app_user SET created_at = created_at - INTERVAL 30 DAY WHERE id = ?", id);
    }
    return new Person(id, email, ApiSession.loggedIn(email, Accounts.PASSWORD));
  }

  /** True if the page, as a visitor sees it, links a thread with this title. */
  static boolean pageShows(String path, String title) {
    var page = ApiSession.anonymous().page(path);
    assertEquals(200, page.statusCode(), path);
    return page.body().contains(">" + title + "</a>");
  }

  static ApiSession admin() {
    return Accounts.admin();
  }

  static long start(ApiSession who, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "QUESTION");
    body.put("title", title);
    body.put("category", CATEGORY);
    body.put("body", "Hvordan gjorde dere det? " + title);
    Answer created = who.post("api/discussions", body);
    assertEquals(201, created.status(), () -> created.raw().body());
    return created.json().path("id").asLong();
  }

  static Answer tryReply(ApiSession who, long thread, String text) {
    return who.post("api/discussions/" + thread + "/posts", Map.of("body", text));
  }

  static long reply(ApiSession who, long thread, String text) {
    Answer posted = tryReply(who, thread, text);
    assertEquals(201, posted.status(), () -> posted.raw().body());
    return posted.json().path("id").asLong();
  }

  static Answer flag(ApiSession who, long post, String reason) {
    return who.post(
        "api/discussions/posts/" + post + "/flags", Map.of("reason", reason, "note", "Sjå her."));
  }

  static void decide(long post, String action, String note) {
    Map<String, Object> body = new HashMap<>();
    body.put("action", action);
    body.put("note", note);
    Answer a = moderator.post("api/moderation/posts/" + post + "/decisions", body);
    assertEquals(204, a.status(), () -> action + ": " + a.raw().body());
  }

  /** The post as {@code who} gets it from the API's reply list, or null if it is not there. */
  static JsonNode postFor(ApiSession who, long thread, long post) {
    for (JsonNode p : replies(who, thread)) {
      if (p.path("id").asLong() == post) {
        return p;
      }
    }
    return null;
  }

  /** The ids of the thread's replies that {@code who} is shown (all pages). */
  static List<Long> replyIds(ApiSession who, long thread) {
    List<Long> ids = new ArrayList<>();
    replies(who, thread).forEach(p -> ids.add(p.path("id").asLong()));
    return ids;
  }

  /** The thread's replies as {@code who} gets them from the API, every page. */
  static List<JsonNode> replies(ApiSession who, long thread) {
    List<JsonNode> all = new ArrayList<>();
    long total = 1;
    for (int page = 1; (page - 1) * 100L < total; page++) {
      Answer a = who.get("api/discussions/" + thread + "?size=100&page=" + page);
      assertEquals(200, a.status(), () -> a.raw().body());
      total = a.json().path("replies").path("total").asLong();
      a.json().path("replies").path("items").forEach(all::add);
    }
    return all;
  }

  static List<Long> queueIds() {
    Answer q = moderator.get("api/moderation/queue?size=100");
    assertEquals(200, q.status(), () -> q.raw().body());
    List<Long> ids = new ArrayList<>();
    for (int page = 1; page <= q.json().path("total").asLong() / 100 + 1; page++) {
      moderator
          .get("api/moderation/queue?size=100&page=" + page)
          .json()
          .path("items")
          .forEach(i -> ids.add(i.path("postId").asLong()));
    }
    return ids;
  }

  static JsonNode queued(long post) {
    Answer q = moderator.get("api/moderation/queue?size=100&page=1");
    for (int page = 1; page <= q.json().path("total").asLong() / 100 + 1; page++) {
      for (JsonNode i :
          moderator.get("api/moderation/queue?size=100&page=" + page).json().path("items")) {
        if (i.path("postId").asLong() == post) {
          return i;
        }
      }
    }
    return null;
  }

  /** The audit log's entries of a type about a person, as "detail" texts. */
  static List<String> audited(String type, long subject) {
    Answer a = admin().get("api/admin/audit?size=200&type=" + type + "&user=" + subject);
    assertEquals(200, a.status(), () -> a.raw().body());
    List<String> details = new ArrayList<>();
    a.json().path("items").forEach(e -> details.add(e.path("detail").asText()));
    return details;
  }

  @Test
  void aPersonalInformationFlagHidesAtOnceFromAllButModeratorsAndTheAuthor()
      throws InterruptedException {
    Person author = person("mod-author", org, false);
    long thread = start(asker.session(), "Hjelp med en beboer " + System.nanoTime());
    String secret = "Kvisthaugveien" + System.nanoTime();
    long post = reply(author.session(), thread, "Beboeren i " + secret + " 5 har gjeld.");
    Eventually.await(
        "the reply indexed",
        () -> ApiSession.anonymous().get("api/search?type=discussion&q=" + secret).json(),
        r -> r.path("hits").findValuesAsText("slug").contains(String.valueOf(thread)));

    String feed = "discussions/" + thread + "/feed.atom";
    assertTrue(ApiSession.anonymous().page(feed).body().contains(secret), "in the thread's feed");

    Person stranger = person("mod-stranger", null, false);
    Answer flagged = flag(stranger.session(), post, "PERSONAL_INFORMATION");
    assertEquals(201, flagged.status(), () -> flagged.raw().body());
    assertTrue(flagged.json().path("hidden").asBoolean(), "a single new account's flag hides it");

    for (ApiSession reader : List.of(ApiSession.anonymous(), stranger.session(), asker.session())) {
      JsonNode seen = postFor(reader, thread, post);
      assertNotNull(seen, "a hidden post keeps its place");
      assertEquals("HIDDEN", seen.path("state").asText());
      assertFalse(seen.hasNonNull("body"), seen.toString());
      assertFalse(seen.hasNonNull("html"), seen.toString());
    }
    String path = "discussions/" + thread;
    String page = ApiSession.anonymous().page(path).body();
    assertFalse(page.contains(secret), "the text is not on the page");
    assertTrue(page.contains("Hidden while a moderator looks at it."), "a visitor is told why");
    assertFalse(asker.session().page(path).body().contains(secret), "nor for the asker");
    String feedNow = ApiSession.anonymous().page(feed).body();
    assertTrue(feedNow.contains("Hjelp med en beboer"), feedNow);
    assertFalse(feedNow.contains(secret), "nor in the thread's feed");

    for (ApiSession privileged : List.of(author.session(), moderator)) {
      JsonNode seen = postFor(privileged, thread, post);
      assertTrue(seen.path("body").asText().contains(secret), seen.toString());
      assertTrue(seen.path("underReview").asBoolean());
    }
    String authorsPage = author.session().page(path).body();
    assertTrue(authorsPage.contains(secret), "the author sees the text");
    assertTrue(authorsPage.contains("Only you and the moderators see it."), "with a notice");
    assertTrue(moderator.page(path).body().contains(secret), "so does a moderator");

    JsonNode item = queued(post);
    assertNotNull(item, "in the moderators' queue");
    assertEquals("PERSONAL_INFORMATION", item.path("flags").get(0).path("reason").asText());
    assertEquals("Sjå her.", item.path("flags").get(0).path("note").asText());
    assertEquals(403, stranger.session().get("api/moderation/queue").status());

    Eventually.await(
        "the hidden text gone from the index",
        () -> ApiSession.anonymous().get("api/search?type=discussion&q=" + secret).json(),
        r -> !r.path("hits").findValuesAsText("slug").contains(String.valueOf(thread)));
    assertEquals(1, audited("POST_FLAG_HIDDEN", author.id()).size());
  }

  @Test
  void flagsWeighByStandingUntilTheThresholdAndAModeratorsFlagHidesAtOnce() {
    Person author = person("weight-author", org, false);
    long thread = start(asker.session(), "Vekt av meldinger " + System.nanoTime());
    long post = reply(author.session(), thread, "Kjøp billige klokker " + System.nanoTime());
    Person newcomer = person("weight-new", null, false);
    Person youngMember = person("weight-young", org, false);
    Person established = person("weight-old", org, true);
    Person another = person("weight-new2", null, false);

    assertFalse(flag(newcomer.session(), post, "SPAM").json().path("hidden").asBoolean(), "1");
    assertEquals(409, flag(newcomer.session(), post, "OFFENSIVE").status(), "one flag a person");
    JsonNode exported = newcomer.session().get("api/me/export").json().findValue("flagged");
    assertNotNull(exported, "the flags are in one's own data");
    assertEquals(post, exported.get(0).path("post").asLong());
    assertEquals("SPAM", exported.get(0).path("reason").asText());
    assertEquals(409, flag(author.session(), post, "SPAM").status(), "not one's own");
    assertFalse(flag(youngMember.session(), post, "SPAM").json().path("hidden").asBoolean(), "2");
    assertEquals("VISIBLE", postFor(ApiSession.anonymous(), thread, post).path("state").asText());
    assertNotNull(queued(post), "flagged posts are in the queue while still shown");
    Answer third = flag(established.session(), post, "SPAM");
    assertTrue(third.json().path("hidden").asBoolean(), "1 + 1 + 2 reaches 4: " + third.json());
    assertFalse(postFor(ApiSession.anonymous(), thread, post).hasNonNull("body"));
    assertEquals(
        List.of(1, 1, 2),
        weights(queued(post)),
        "a new account, a young member, an established member");

    long other = reply(author.session(), thread, "Et annet innlegg " + System.nanoTime());
    assertTrue(
        flag(moderator, other, "OFF_TOPIC").json().path("hidden").asBoolean(),
        "a moderator's flag hides at once");
    assertEquals(201, flag(another.session(), other, "SPAM").status(), "a hidden post is flagged");
  }

  private static List<Integer> weights(JsonNode item) {
    List<Integer> weights = new ArrayList<>();
    item.path("flags").forEach(f -> weights.add(f.path("weight").asInt()));
    return weights;
  }

  @Test
  void moderatorsKeepHideEditAndDeleteAndTheAuthorIsMailedAndAudited() {
    Person author = person("decide-author", org, false);
    long thread = start(asker.session(), "Avgjørelser " + System.nanoTime());
    long post = reply(author.session(), thread, "Første tekst " + System.nanoTime());
    int mails = TestServers.mailbox().count(author.email());
    assertTrue(flag(moderator, post, "OFFENSIVE").json().path("hidden").asBoolean());
    assertSubject(
        "Andre har flagget innlegget ditt i «",
        TestServers.mailbox().await(author.email(), ++mails, MAIL).subject(),
        "hidden by a flag, the author is told");

    decide(post, "KEEP", "Dette er greit.");
    assertEquals("VISIBLE", postFor(ApiSession.anonymous(), thread, post).path("state").asText());
    assertFalse(queueIds().contains(post), "kept posts leave the queue");
    var kept = TestServers.mailbox().await(author.email(), mails + 1, MAIL);
    assertSubject("En moderator har sett på innlegget ditt i «", kept.subject());
    assertTrue(kept.body().contains("Dette er greit."), kept.body());
    assertTrue(kept.body().contains("/discussions/" + thread), kept.body());

    decide(post, "HIDE", null);
    JsonNode hidden = postFor(ApiSession.anonymous(), thread, post);
    assertEquals("HIDDEN", hidden.path("state").asText());
    assertFalse(hidden.hasNonNull("body"));
    assertFalse(hidden.path("underReview").asBoolean(), "decided, no longer in review");
    assertTrue(
        ApiSession.anonymous()
            .page("discussions/" + thread)
            .body()
            .contains("Hidden by a moderator."));
    assertSubject(
        "En moderator har skjult innlegget ditt i «",
        TestServers.mailbox().await(author.email(), mails + 2, MAIL).subject());

    Answer noNote =
        moderator.post(
            "api/moderation/posts/" + post + "/decisions",
            Map.of("action", "EDIT", "body", "Rettet."));
    assertEquals(400, noNote.status(), "an edit needs a note to the author");
    Answer edited =
        moderator.post(
            "api/moderation/posts/" + post + "/decisions",
            Map.of(
                "action", "EDIT", "body", "Rettet av moderator.", "note", "Jeg fjernet navnet."));
    assertEquals(204, edited.status(), () -> edited.raw().body());
    assertEquals(
        "Rettet av moderator.",
        postFor(ApiSession.anonymous(), thread, post).path("body").asText());
    assertEquals(
        1,
        moderator.get("api/discussions/posts/" + post + "/revisions").json().size(),
        "the text before the moderator's edit is kept");
    assertEquals(
        401,
        ApiSession.anonymous().get("api/discussions/posts/" + post + "/revisions").status(),
        "for the author and moderators only: it may hold what was taken out");
    var editMail = TestServers.mailbox().await(author.email(), mails + 3, MAIL);
    assertTrue(editMail.body().contains("Jeg fjernet navnet."), editMail.body());

    decide(post, "DELETE", "Fjernet.");
    JsonNode removed = postFor(ApiSession.anonymous(), thread, post);
    assertEquals("REMOVED", removed.path("state").asText());
    assertTrue(removed.path("deleted").asBoolean());
    assertFalse(removed.hasNonNull("body"));
    assertTrue(
        ApiSession.anonymous()
            .page("discussions/" + thread)
            .body()
            .contains("Removed by a moderator."));
    assertSubject(
        "En moderator har fjernet innlegget ditt i «",
        TestServers.mailbox().await(author.email(), mails + 4, MAIL).subject());

    for (String type :
        List.of(
            "POST_KEPT", "POST_HIDDEN", "POST_EDITED_BY_MODERATOR", "POST_DELETED_BY_MODERATOR")) {
      List<String> entries = audited(type, author.id());
      assertEquals(1, entries.size(), type);
      assertTrue(entries.get(0).contains("post " + post), entries.get(0));
    }
  }

  @Test
  void suspensionsGrowWithEachOneRefusePostingAndAreToldToTheAuthor() throws Exception {
    Person author = person("suspend-author", org, false);
    long thread = start(asker.session(), "Utestengning " + System.nanoTime());
    long post = reply(author.session(), thread, "Et innlegg " + System.nanoTime());
    int mails = TestServers.mailbox().count(author.email());

    decide(post, "WARN", "Hold en saklig tone.");
    var warned = TestServers.mailbox().await(author.email(), mails + 1, MAIL);
    assertSubject("En moderator advarer deg om innlegget ditt i «", warned.subject());
    assertEquals(201, tryReply(author.session(), thread, "Etter advarselen.").status());

    LocalDateTime before = LocalDateTime.now(java.time.ZoneOffset.UTC);
    decide(post, "SUSPEND", "For mange brudd.");
    LocalDateTime first = suspendedUntil(author.id());
    assertNear(before.plusDays(1), first);
    var told = TestServers.mailbox().await(author.email(), mails + 2, MAIL);
    assertSubject("Etter innlegget ditt i «", told.subject());
    assertTrue(told.body().contains("For mange brudd."), told.body());

    Answer refused = tryReply(author.session(), thread, "Prøver likevel.");
    assertEquals(403, refused.status(), () -> refused.raw().body());
    assertTrue(refused.error().contains("suspended you"), refused.error());
    assertEquals(
        403,
        flag(author.session(), reply(asker.session(), thread, "Svar " + System.nanoTime()), "SPAM")
            .status());
    String page = author.session().page("discussions/" + thread).body();
    assertTrue(
        page.contains("A moderator has suspended you from the discussions until"), "told so");
    assertTrue(
        author.session().page("discussions/new").body().contains("has suspended you"),
        "the new thread form says so too");

    Answer again =
        moderator.post("api/moderation/posts/" + post + "/decisions", Map.of("action", "SUSPEND"));
    assertEquals(409, again.status(), "a second click adds nothing: " + again.raw().body());
    assertEquals(first, suspendedUntil(author.id()));

    endSuspension(author.id());
    before = LocalDateTime.now(java.time.ZoneOffset.UTC);
    decide(post, "SUSPEND", null);
    assertNear(before.plusDays(7), suspendedUntil(author.id()));
    endSuspension(author.id());
    before = LocalDateTime.now(java.time.ZoneOffset.UTC);
    decide(post, "SUSPEND", null);
    assertNear(before.plusDays(30), suspendedUntil(author.id()));
    assertEquals(3, audited("USER_SUSPENDED", author.id()).size());
    assertEquals(1, audited("USER_WARNED", author.id()).size());

    endSuspension(author.id());
    assertEquals(201, tryReply(author.session(), thread, "Tilbake igjen.").status(), "over");
  }

  static void endSuspension(long user) {
    sql(
        "UPDATE app_user SET suspended_until = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?",
        user);
  }

  private static void assertNear(LocalDateTime expected, LocalDateTime actual) {
    assertTrue(
        Duration.between(expected, actual).abs().compareTo(Duration.ofMinutes(2)) < 0,
        actual + " should be near " + expected);
  }

  @Test
  void theFirstPostsOfSomeoneOutsideVerifiedOrganisationsWaitForApproval() {
    Person newcomer = person("premod-new", null, false);
    int mails = TestServers.mailbox().count(newcomer.email());
    String title = "Et nytt spørsmål " + System.nanoTime();
    String practice =
        PracticeBuilder.practice(org, "Praksis med et ventende spørsmål " + System.nanoTime())
            .published(admin());
    Answer started =
        newcomer
            .session()
            .post(
                "api/discussions",
                Map.of(
                    "kind",
                    "QUESTION",
                    "title",
                    title,
                    "category",
                    CATEGORY,
                    "body",
                    title,
                    "practice",
                    practice));
    assertEquals(201, started.status(), () -> started.raw().body());
    long thread = started.json().path("id").asLong();
    assertEquals(404, ApiSession.anonymous().get("api/discussions/" + thread).status());
    assertEquals(404, asker.session().get("api/discussions/" + thread).status());
    JsonNode own = newcomer.session().get("api/discussions/" + thread).json();
    assertEquals("PENDING", own.path("thread").path("question").path("state").asText());
    assertTrue(
        newcomer
            .session()
            .page("discussions/" + thread)
            .body()
            .contains("Waiting for a moderator"));
    long question = own.path("thread").path("question").path("id").asLong();
    assertEquals("PENDING", queued(question).path("state").asText());
    assertFalse(listed(thread), "a waiting thread is not listed");
    assertFalse(pageShows("practices/" + practice, title), "nor on its practice's page");
    assertFalse(pageShows("", title), "nor on the home page");
    String categoryFeed = "discussions/feed.atom?category=" + CATEGORY;
    assertEquals(
        404, ApiSession.anonymous().page("discussions/" + thread + "/feed.atom").statusCode());
    assertFalse(ApiSession.anonymous().page(categoryFeed).body().contains(title), "nor in a feed");

    decide(question, "APPROVE", null);
    assertEquals(200, ApiSession.anonymous().get("api/discussions/" + thread).status());
    assertTrue(listed(thread));
    assertTrue(pageShows("practices/" + practice, title), "the practice page lists it now");
    assertTrue(pageShows("", title), "and the home page among the latest");
    assertTrue(ApiSession.anonymous().page(categoryFeed).body().contains(title), "and its feed");
    assertEquals(
        200, ApiSession.anonymous().page("discussions/" + thread + "/feed.atom").statusCode());
    assertSubject(
        "En moderator har godkjent innlegget ditt i «",
        TestServers.mailbox().await(newcomer.email(), mails + 1, MAIL).subject());

    long second = reply(newcomer.session(), thread, "Mitt andre innlegg " + System.nanoTime());
    assertFalse(replyIds(ApiSession.anonymous(), thread).contains(second), "the second waits too");
    assertTrue(replyIds(newcomer.session(), thread).contains(second), "shown to its author");
    assertEquals("PENDING", postFor(newcomer.session(), thread, second).path("state").asText());
    assertEquals("PENDING", postFor(moderator, thread, second).path("state").asText());
    decide(second, "REFUSE", "Ikke relevant.");
    assertEquals("REMOVED", postFor(newcomer.session(), thread, second).path("state").asText());
    long third = reply(newcomer.session(), thread, "Et bedre innlegg " + System.nanoTime());
    assertFalse(
        replyIds(ApiSession.anonymous(), thread).contains(third), "a refused one counts not");
    decide(third, "APPROVE", null);
    long fourth = reply(newcomer.session(), thread, "Nå uten venting " + System.nanoTime());
    assertEquals("VISIBLE", postFor(ApiSession.anonymous(), thread, fourth).path("state").asText());
    assertEquals(2, audited("POST_APPROVED", newcomer.id()).size());
    assertEquals(1, audited("POST_REFUSED", newcomer.id()).size());
  }

  private static boolean listed(long thread) {
    long total = 1;
    for (int page = 1; (page - 1) * 100L < total; page++) {
      JsonNode list =
          ApiSession.anonymous()
              .get("api/discussions?size=100&category=" + CATEGORY + "&page=" + page)
              .json();
      total = list.path("total").asLong();
      for (JsonNode t : list.path("items")) {
        if (t.path("id").asLong() == thread) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void newAndEstablishedPeopleArePacedAndTheSameTextTwiceIsRefused() {
    long thread = start(asker.session(), "Mange innlegg " + System.nanoTime());
    Person young = person("rate-new", org, false);
    for (int i = 0; i < TestServers.RATE_NEW; i++) {
      reply(young.session(), thread, "Ungt innlegg " + i + " " + System.nanoTime());
    }
    Answer slowed = tryReply(young.session(), thread, "Ett for mye " + System.nanoTime());
    assertEquals(429, slowed.status(), () -> slowed.raw().body());
    assertTrue(slowed.error().contains("New accounts"), slowed.error());
    assertTrue(slowed.error().contains(String.valueOf(TestServers.RATE_NEW)), slowed.error());

    Person old = person("rate-old", org, true);
    String same = "Samme tekst " + System.nanoTime();
    reply(old.session(), thread, same);
    Answer twice = tryReply(old.session(), thread, same);
    assertEquals(409, twice.status(), () -> twice.raw().body());
    assertTrue(twice.error().contains("same text"), twice.error());
    for (int i = 1; i < TestServers.RATE_ESTABLISHED; i++) {
      reply(old.session(), thread, "Erfarent innlegg " + i + " " + System.nanoTime());
    }
    Answer paced = tryReply(old.session(), thread, "Ett for mye " + System.nanoTime());
    assertEquals(429, paced.status(), () -> paced.raw().body());
    assertTrue(paced.error().contains(String.valueOf(TestServers.RATE_ESTABLISHED)), paced.error());

    sql(
        "UPDATE discussion_post SET created_at = created_at - INTERVAL 11 MINUTE WHERE author_id = ?",
        old.id());
    assertEquals(201, tryReply(old.session(), thread, same).status(), "after the window");
  }

  @Test
  void moderatorsLockClosePinAndMoveThreads() {
    long thread = start(asker.session(), "Låst tråd " + System.nanoTime());
    String change = "api/moderation/threads/" + thread;
    assertEquals(403, asker.session().put(change, Map.of("locked", true)).status());
    assertEquals(204, moderator.put(change, Map.of("locked", true)).status());
    Answer locked = tryReply(asker.session(), thread, "Svar " + System.nanoTime());
    assertEquals(409, locked.status());
    assertTrue(locked.error().contains("closed to new replies"), locked.error());
    assertTrue(
        ApiSession.anonymous()
            .get("api/discussions/" + thread)
            .json()
            .path("thread")
            .path("locked")
            .asBoolean());
    assertEquals(204, moderator.put(change, Map.of("locked", false)).status());
    assertEquals(204, moderator.put(change, Map.of("closed", true)).status());
    assertEquals(409, tryReply(asker.session(), thread, "Svar " + System.nanoTime()).status());
    assertEquals(204, moderator.put(change, Map.of("closed", false)).status());
    assertEquals(201, tryReply(asker.session(), thread, "Svar " + System.nanoTime()).status());

    long newer = start(asker.session(), "Nyere tråd " + System.nanoTime());
    assertEquals(204, moderator.put(change, Map.of("pinned", true)).status());
    List<Long> order = new ArrayList<>();
    ApiSession.anonymous()
        .get("api/discussions?size=100&category=" + CATEGORY)
        .json()
        .path("items")
        .forEach(t -> order.add(t.path("id").asLong()));
    assertTrue(
        order.indexOf(thread) >= 0 && order.indexOf(thread) < order.indexOf(newer), "" + order);

    assertEquals(204, moderator.put(change, Map.of("category", "annet")).status());
    assertEquals(
        "annet",
        ApiSession.anonymous()
            .get("api/discussions/" + thread)
            .json()
            .path("thread")
            .path("category")
            .asText());
    assertEquals(400, moderator.put(change, Map.of("category", "finst-ikkje")).status());
    assertEquals(204, moderator.put(change, Map.of("pinned", false)).status());

    List<String> entries = audited("THREAD_MODERATED", asker.id());
    String all = String.join("|", entries);
    for (String part :
        List.of(
            "locked=true",
            "locked=false",
            "closed=true",
            "pinned=true",
            "category=" + CATEGORY + "->annet")) {
      assertTrue(all.contains("thread " + thread + "; " + part), part + " in " + all);
    }
  }

  private static LocalDateTime suspendedUntil(long userId) throws Exception {
    try (Connection c = TestServers.database();
        PreparedStatement s =
            c.prepareStatement("SELECT suspended_until FROM app_user WHERE id = ?")) {
      s.setLong(1, userId);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next());
        return r.getTimestamp(1).toLocalDateTime();
      }
    }
  }

  static void sql(String statement, long id) {
    try (Connection c = TestServers.database();
        PreparedStatement s = c.prepareStatement(statement)) {
      s.setLong(1, id);
      assertTrue(s.executeUpdate() >= 1, statement);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A notification's mail is titled with what happened: its line, which names the thread. */
  static void assertSubject(String start, String subject) {
    assertTrue(subject.startsWith(start), () -> "expected \"" + start + "…\", got " + subject);
  }

  static void assertSubject(String start, String subject, String message) {
    assertTrue(subject.startsWith(start), () -> message + ": " + subject);
  }
}
