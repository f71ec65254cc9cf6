package no.boforum.it;

import static no.boforum.it.DiscussionModerationIT.MAIL;
import static no.boforum.it.DiscussionModerationIT.decide;
import static no.boforum.it.DiscussionModerationIT.endSuspension;
import static no.boforum.it.DiscussionModerationIT.flag;
import static no.boforum.it.DiscussionModerationIT.person;
import static no.boforum.it.DiscussionModerationIT.postFor;
import static no.boforum.it.DiscussionModerationIT.queueIds;
import static no.boforum.it.DiscussionModerationIT.queued;
import static no.boforum.it.DiscussionModerationIT.reply;
import static no.boforum.it.DiscussionModerationIT.sql;
import static no.boforum.it.DiscussionModerationIT.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import no.boforum.it.DiscussionModerationIT.Person;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The finer rules of moderation: a hidden question takes its whole thread (title and all) from all
 * but its author and the moderators, and a moderator's edit may change the title; a person flags a
 * post again only once it changed; an author's edit goes back to the moderators when they had
 * changed the post or the author is still pre-moderated; reply counts follow what readers see; only
 * published replies are accepted, and not by a suspended asker; a suspension is not doubled by a
 * second click, moderators are not suspended and a suspended moderator does not moderate; two flags
 * at once add up.
 */
class DiscussionModerationRulesIT {
  static String org;
  static ApiSession moderator;

  @BeforeAll
  static void setUp() {
    org = Organisations.verified("Regelkommunen").slug();
    moderator = Accounts.session("rules-moderator", null, null, "MODERATOR");
    DiscussionModerationIT.people();
  }

  static Answer edit(ApiSession who, long post, String body, long version) {
    return who.put("api/discussions/posts/" + post, Map.of("body", body, "version", version));
  }

  static long version(ApiSession who, long thread, long post) {
    JsonNode details = who.get("api/discussions/" + thread).json().path("thread");
    if (details.path("question").path("id").asLong() == post) {
      return details.path("question").path("version").asLong();
    }
    return postFor(who, thread, post).path("version").asLong();
  }

  static long question(ApiSession who, long thread) {
    return who.get("api/discussions/" + thread)
        .json()
        .path("thread")
        .path("question")
        .path("id")
        .asLong();
  }

  @Test
  void aHiddenQuestionTakesItsThreadAwayAndAModeratorsEditMayChangeItsTitle() {
    Person asker = person("rules-asker", org, false);
    Person stranger = person("rules-stranger", null, false);
    String name = "Kari Nordmann " + System.nanoTime();
    long thread = start(asker.session(), "Hva gjør vi med " + name);
    long question = question(asker.session(), thread);
    Person replier = person("rules-replier", org, false);
    int mails = TestServers.mailbox().count(asker.email());
    long answer = reply(replier.session(), thread, "Vi kjenner saken " + System.nanoTime());
    TestServers.mailbox().await(asker.email(), ++mails, MAIL); // the reply, told to the asker
    int replierMails = TestServers.mailbox().count(replier.email());

    assertTrue(
        flag(stranger.session(), question, "PERSONAL_INFORMATION")
            .json()
            .path("hidden")
            .asBoolean());
    DiscussionModerationIT.assertSubject(
        "Andre har flagget innlegget ditt i «",
        TestServers.mailbox().await(asker.email(), mails + 1, MAIL).subject(),
        "hidden by a flag alone, the author is told");
    for (ApiSession other : List.of(ApiSession.anonymous(), stranger.session())) {
      assertEquals(404, other.get("api/discussions/" + thread).status(), "title and all");
      var page = other.page("discussions/" + thread);
      assertEquals(404, page.statusCode());
      assertFalse(page.body().contains(name), "the title is not on the page");
    }
    assertEquals(200, asker.session().get("api/discussions/" + thread).status());
    assertEquals(200, moderator.get("api/discussions/" + thread).status());
    assertEquals(404, replier.session().get("api/discussions/" + thread).status());
    decide(answer, "WARN", "Hold deg til saken.");
    var warned = TestServers.mailbox().await(replier.email(), replierMails + 1, MAIL);
    assertFalse(warned.body().contains(name), "a mail does not name the hidden thread");
    assertFalse(warned.body().contains("/discussions/" + thread), "nor give its address");
    assertTrue(warned.body().contains("en tråd som er skjult"), warned.body());

    long reply = reply(moderator, thread, "Skriv uten navn, er du snill.");
    Answer notHere =
        moderator.post(
            "api/moderation/posts/" + reply + "/decisions",
            Map.of("action", "EDIT", "body", "Tekst.", "note", "Notat.", "title", "Ny tittel"));
    assertEquals(400, notHere.status(), "a reply has no title: " + notHere.raw().body());

    Answer edited =
        moderator.post(
            "api/moderation/posts/" + question + "/decisions",
            Map.of(
                "action",
                "EDIT",
                "body",
                "Hva gjør vi med en leietaker som ikke betaler?",
                "note",
                "Jeg tok ut navnet.",
                "title",
                "Hva gjør vi med en leietaker"));
    assertEquals(204, edited.status(), () -> edited.raw().body());
    JsonNode shown = ApiSession.anonymous().get("api/discussions/" + thread).json();
    assertEquals("Hva gjør vi med en leietaker", shown.path("thread").path("title").asText());
    assertFalse(
        shown.path("thread").path("slug").asText().contains("kari"),
        "the address no longer names anyone: " + shown.path("thread").path("slug"));
    assertFalse(ApiSession.anonymous().page("discussions/" + thread).body().contains(name));
  }

  @Test
  void aPersonFlagsAgainOnlyOnceThePostChangedAndAnAuthorsEditOfAModeratedPostIsReviewed() {
    Person asker = person("reflag-asker", org, false);
    Person author = person("reflag-author", org, true);
    Person newcomer = person("reflag-new", null, false);
    long thread = start(asker.session(), "Flagg på nytt " + System.nanoTime());
    long post = reply(author.session(), thread, "Første versjon " + System.nanoTime());

    assertEquals(201, flag(newcomer.session(), post, "SPAM").status());
    decide(post, "KEEP", "Greit nok.");
    assertTrue(postFor(newcomer.session(), thread, post).path("flagged").asBoolean());
    assertEquals(409, flag(newcomer.session(), post, "SPAM").status(), "the same text twice");

    Answer changed =
        edit(
            author.session(),
            post,
            "Andre versjon " + System.nanoTime(),
            version(author.session(), thread, post));
    assertEquals(200, changed.status(), () -> changed.raw().body());
    assertFalse(postFor(newcomer.session(), thread, post).path("flagged").asBoolean());
    assertTrue(postFor(newcomer.session(), thread, post).path("mayFlag").asBoolean());
    assertEquals(201, flag(newcomer.session(), post, "OFFENSIVE").status(), "a changed text");
    assertEquals(1, queued(post).path("flags").size(), "one open flag, the new one");
    assertEquals("OFFENSIVE", queued(post).path("flags").get(0).path("reason").asText());

    Answer moderated =
        moderator.post(
            "api/moderation/posts/" + post + "/decisions",
            Map.of("action", "EDIT", "body", "Rettet tekst.", "note", "Rettet."));
    assertEquals(204, moderated.status(), () -> moderated.raw().body());
    assertFalse(queueIds().contains(post));
    Answer again =
        edit(
            author.session(),
            post,
            "Forfatteren skriver om " + System.nanoTime(),
            version(author.session(), thread, post));
    assertEquals(200, again.status(), () -> again.raw().body());
    assertTrue(queueIds().contains(post), "the moderators see what the author made of their edit");
    assertEquals("VISIBLE", postFor(ApiSession.anonymous(), thread, post).path("state").asText());

    decide(post, "HIDE", "Skjult.");
    assertFalse(queueIds().contains(post));
    Answer fixed =
        edit(
            author.session(),
            post,
            "Uten det som skjulte det " + System.nanoTime(),
            version(author.session(), thread, post));
    assertEquals(200, fixed.status(), () -> fixed.raw().body());
    assertTrue(queueIds().contains(post), "a hidden post its author changed is looked at again");
    assertEquals("HIDDEN", postFor(ApiSession.anonymous(), thread, post).path("state").asText());
  }

  @Test
  void anEditBySomeoneStillPreModeratedWaitsForApprovalAgain() {
    Person newcomer = person("reedit-new", null, false);
    long thread = start(newcomer.session(), "Førstegangsspørsmål " + System.nanoTime());
    long question = question(newcomer.session(), thread);
    decide(question, "APPROVE", null);
    assertEquals(200, ApiSession.anonymous().get("api/discussions/" + thread).status());

    Answer edited =
        edit(
            newcomer.session(),
            question,
            "Nå med en lenke til noe annet " + System.nanoTime(),
            version(newcomer.session(), thread, question));
    assertEquals(200, edited.status(), () -> edited.raw().body());
    assertEquals(404, ApiSession.anonymous().get("api/discussions/" + thread).status());
    assertEquals("PENDING", queued(question).path("state").asText());
    decide(question, "APPROVE", null);
    assertEquals(200, ApiSession.anonymous().get("api/discussions/" + thread).status());
  }

  @Test
  void replyCountsFollowWhatReadersSee() {
    Person asker = person("count-asker", org, false);
    Person author = person("count-author", org, false);
    Person stranger = person("count-stranger", null, false);
    long thread = start(asker.session(), "Telling " + System.nanoTime());
    reply(asker.session(), thread, "Et synlig svar " + System.nanoTime());
    long hidden = reply(author.session(), thread, "Et svar som skjules " + System.nanoTime());
    assertEquals(2, replyCount(thread));
    flag(stranger.session(), hidden, "PERSONAL_INFORMATION");
    assertEquals(1, replyCount(thread));
    assertEquals(204, author.session().delete("api/discussions/posts/" + hidden).status());
    assertEquals(1, replyCount(thread), "a hidden reply deleted is not taken away twice");
  }

  static long replyCount(long thread) {
    return ApiSession.anonymous()
        .get("api/discussions/" + thread)
        .json()
        .path("thread")
        .path("replyCount")
        .asLong();
  }

  @Test
  void onlyPublishedRepliesAreAcceptedAndNotByASuspendedAsker() {
    Person asker = person("accept-asker", org, false);
    Person author = person("accept-author", org, false);
    Person stranger = person("accept-stranger", null, false);
    long thread = start(asker.session(), "Godkjente svar " + System.nanoTime());
    long answer = reply(author.session(), thread, "Slik gjorde vi det " + System.nanoTime());
    flag(stranger.session(), answer, "PERSONAL_INFORMATION");
    String accept = "api/discussions/posts/" + answer + "/accepted";
    Answer refused = asker.session().put(accept, Map.of());
    assertEquals(409, refused.status(), () -> refused.raw().body());
    decide(answer, "KEEP", null);

    sql(
        "UPDATE app_user SET suspended_until = UTC_TIMESTAMP(6) + INTERVAL 1 DAY WHERE id = ?",
        asker.id());
    Answer suspended = asker.session().put(accept, Map.of());
    assertEquals(403, suspended.status(), () -> suspended.raw().body());
    assertTrue(suspended.error().contains("suspended you"), suspended.error());
    endSuspension(asker.id());
    assertEquals(204, asker.session().put(accept, Map.of()).status());
  }

  @Test
  void aSuspensionIsNotDoubledModeratorsAreNotSuspendedAndASuspendedModeratorDoesNotModerate() {
    Person asker = person("mods-asker", org, false);
    Person colleague = person("mods-colleague", org, false);
    Answer role =
        Accounts.admin()
            .put(
                "api/admin/users/" + colleague.id() + "/roles",
                Map.of("roles", List.of("MODERATOR")));
    assertEquals(200, role.status(), () -> role.raw().body());
    ApiSession colleagueSession = ApiSession.loggedIn(colleague.email(), Accounts.PASSWORD);
    long thread = start(asker.session(), "Moderatorer " + System.nanoTime());
    long post = reply(colleagueSession, thread, "Et innlegg fra en moderator " + System.nanoTime());

    Answer notModerators =
        moderator.post("api/moderation/posts/" + post + "/decisions", Map.of("action", "SUSPEND"));
    assertEquals(409, notModerators.status(), () -> notModerators.raw().body());
    assertEquals(200, colleagueSession.get("api/moderation/queue").status());
    sql(
        "UPDATE app_user SET suspended_until = UTC_TIMESTAMP(6) + INTERVAL 1 DAY WHERE id = ?",
        colleague.id());
    assertEquals(403, colleagueSession.get("api/moderation/queue").status());
    assertEquals(403, colleagueSession.page("moderation").statusCode());
    endSuspension(colleague.id());
    assertEquals(200, colleagueSession.get("api/moderation/queue").status());
  }

  /**
   * A reply holds its author's row lock (rate limits): a mention of someone replying at the same
   * moment must not need that person's row, or the two wait for each other.
   */
  @Test
  void twoPeopleMentioningEachOtherAtOnceBothGetTheirRepliesIn() throws Exception {
    Person first = person("mutual-first", org, true);
    Person second = person("mutual-second", org, true);
    String tag = Long.toString(System.nanoTime(), 36);
    // Two threads: replies to one thread wait for each other on its row; these must not.
    long one = start(first.session(), "Gjensidig nevnt " + tag);
    long two = start(second.session(), "Nevnt begge veier " + tag);
    reply(second.session(), one, "Jeg er med " + tag);
    reply(first.session(), two, "Jeg også " + tag);
    for (int round = 0; round < 5; round++) {
      CyclicBarrier together = new CyclicBarrier(2);
      List<CompletableFuture<Answer>> replies = new ArrayList<>();
      String toSecond = "Svar " + round + " til @mutual-second";
      String toFirst = "Svar " + round + " til @mutual-first";
      replies.add(
          at(together, () -> DiscussionModerationIT.tryReply(first.session(), one, toSecond)));
      replies.add(
          at(together, () -> DiscussionModerationIT.tryReply(second.session(), two, toFirst)));
      for (CompletableFuture<Answer> f : replies) {
        Answer a = f.get();
        assertEquals(201, a.status(), () -> a.raw().body());
      }
    }
    long thread = one;
    String page = ApiSession.anonymous().page("discussions/" + thread).body();
    assertTrue(page.contains("class=\"mention\""), "the mentions are rendered as such");
  }

  /** The call, on a thread of its own, once both parties reach the barrier. */
  static CompletableFuture<Answer> at(
      CyclicBarrier together, java.util.function.Supplier<Answer> call) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            together.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return call.get();
        });
  }

  @Test
  void twoFlagsAtOnceAddUpAndHideThePostOnce() throws Exception {
    Person asker = person("twoflags-asker", org, false);
    Person author = person("twoflags-author", org, false);
    Person first = person("twoflags-a", org, true);
    Person second = person("twoflags-b", org, true);
    long thread = start(asker.session(), "To flagg samtidig " + System.nanoTime());
    long post = reply(author.session(), thread, "Kjøp billige klokker " + System.nanoTime());

    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<Answer>> flags = new ArrayList<>();
    for (Person p : List.of(first, second)) {
      flags.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  together.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return flag(p.session(), post, "SPAM");
              }));
    }
    for (CompletableFuture<Answer> f : flags) {
      Answer a = f.get();
      assertEquals(201, a.status(), () -> a.raw().body());
    }
    assertEquals(
        "HIDDEN",
        postFor(ApiSession.anonymous(), thread, post).path("state").asText(),
        "2 + 2 reach the threshold of 4");
    assertEquals(2, queued(post).path("flags").size());
    assertEquals(
        1, DiscussionModerationIT.audited("POST_FLAG_HIDDEN", author.id()).size(), "hidden once");
  }
}
