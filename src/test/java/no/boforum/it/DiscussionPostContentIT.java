package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Mailbox;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * What is inside posts (decision 0018): a link to a published practice becomes a card with its
 * evidence level (relative or under the public address; a draft or unknown practice stays a plain
 * link), and a mention of a participant is shown by name and mailed once per post, not on an edit,
 * not to someone who has not written in the thread, not while the thread is hidden or muted.
 */
class DiscussionPostContentIT {
  static final Duration MAIL = Duration.ofSeconds(30);

  @Test
  void practiceLinksBecomeCardsAndMentionsMailParticipantsOnce() {
    String org = Organisations.verified("Omtalekommunen").slug();
    ApiSession asker = Accounts.session("mention-asker", org, "editor", null);
    String helperEmail = Accounts.person("mention-helper", "Mention Helper", org, "member", null);
    ApiSession helper = ApiSession.loggedIn(helperEmail, Accounts.PASSWORD);
    String otherEmail = Accounts.person("mention-other", "Mention Other", org, "member", null);
    ApiSession other = ApiSession.loggedIn(otherEmail, Accounts.PASSWORD);
    ApiSession moderator = Accounts.session("mention-moderator", null, null, "MODERATOR");
    String published =
        PracticeBuilder.practice(org, "Kortpraksis " + System.nanoTime()).published(asker);
    String draft = PracticeBuilder.practice(org, "Utkastpraksis " + System.nanoTime()).draft(asker);

    long thread =
        DiscussionApiIT.start(
            asker, DiscussionApiIT.question("Nevnt og lenket " + System.nanoTime()));
    long answer =
        DiscussionApiIT.reply(
            helper,
            thread,
            "Se [praksisen](/practices/"
                + published
                + ") og "
                + "<"
                + TestServers.baseUrl()
                + "practices/"
                + published
                + ">, ikke [utkastet](/practices/"
                + draft
                + ") eller [ingen](/practices/finnes-ikke-"
                + System.nanoTime()
                + ").",
            null);
    JsonNode card = post(asker, thread, answer);
    assertEquals(1, card.path("practices").size(), "one card per practice: " + card);
    assertEquals(published, card.path("practices").get(0).path("slug").asText());
    assertEquals("idea_pilot", card.path("practices").get(0).path("evidenceLevel").asText());
    assertEquals("mention-helper", card.path("authorHandle").asText());
    String page = ApiSession.anonymous().page(pathOf(thread)).body();
    assertTrue(page.contains("practice-card"), "the card is on the page");
    assertTrue(page.contains("href=\"/practices/" + draft + "\""), "the draft is a plain link");

    Mailbox mailbox = TestServers.mailbox();
    int helperMails = mailbox.count(helperEmail);
    int otherMails = mailbox.count(otherEmail);
    long first =
        DiscussionApiIT.reply(asker, thread, "Takk, @mention-helper og @mention-other!", null);
    Mailbox.Mail told = mailbox.await(helperEmail, helperMails + 1, MAIL);
    assertTrue(told.body().contains("#post-" + first), told.body());
    assertTrue(
        post(other, thread, first)
            .path("html")
            .asText()
            .contains("class=\"mention\">&#64;Mention Helper</span>"));

    long version = post(asker, thread, first).path("version").asLong();
    Answer edited =
        asker.put(
            "api/discussions/posts/" + first,
            Map.of("body", "Takk igjen, @mention-helper!", "version", version));
    assertEquals(200, edited.status(), () -> edited.raw().body());

    long question =
        DiscussionApiIT.thread(asker, thread).path("thread").path("question").path("id").asLong();
    decide(moderator, question, "HIDE");
    DiscussionApiIT.reply(asker, thread, "Skjult tråd, @mention-helper.", null);
    decide(moderator, question, "KEEP");
    assertEquals(204, reading(helper, thread, "MUTED"));
    DiscussionApiIT.reply(asker, thread, "Dempa, @mention-helper.", null);
    assertEquals(204, reading(helper, thread, "FOLLOWING"));

    DiscussionApiIT.reply(other, thread, "Jeg er med nå.", null);
    long last =
        DiscussionApiIT.reply(asker, thread, "Til slutt @mention-helper og @Mention-Other.", null);
    Mailbox.Mail next = mailbox.await(helperEmail, helperMails + 2, MAIL);
    assertTrue(
        next.body().contains("#post-" + last),
        "neither the edit, the hidden thread nor the muted one mailed: " + next.body());
    Mailbox.Mail otherTold = mailbox.await(otherEmail, otherMails + 1, MAIL);
    assertTrue(
        otherTold.body().contains("#post-" + last),
        "someone who had not written was not mentioned: " + otherTold.body());
    assertFalse(otherTold.body().contains(helperEmail), "no address of another in the mail");
  }

  /**
   * Search shows a thread's best-matching post (a nynorsk reply to a bokmål question), and counts
   * threads by the practice they link, by category and by solved.
   */
  @Test
  void searchShowsTheBestMatchingPostAndCountsByPracticeCategoryAndSolved()
      throws InterruptedException {
    String org = Organisations.verified("Søkjekommunen").slug();
    ApiSession asker = Accounts.session("facet-asker", org, "editor", null);
    ApiSession helper = Accounts.session("facet-helper", org, "member", null);
    String practice =
        PracticeBuilder.practice(org, "Fasettpraksis " + System.nanoTime()).published(asker);
    String word = PracticeBuilder.uniqueWord("husvert");
    long linked = DiscussionApiIT.start(asker, DiscussionApiIT.question("Utleie til unge " + word));
    DiscussionApiIT.reply(
        helper,
        linked,
        "Vi fekk ein "
            + word
            + " til å leige ut til heimlause ungdomar, sjå [praksisen](/practices/"
            + practice
            + ").",
        null);
    long solved = DiscussionApiIT.start(asker, DiscussionApiIT.question("Depositum " + word));
    long answer = DiscussionApiIT.reply(helper, solved, "Garanti frå kommunen.", null);
    assertEquals(204, asker.put("api/discussions/posts/" + answer + "/accepted", null).status());

    JsonNode found =
        Eventually.await(
            "both threads indexed, one solved, one linking the practice",
            () -> ApiSession.anonymous().get("api/search?type=discussion&size=10&q=" + word).json(),
            r ->
                r.path("total").asLong() == 2
                    && count(r, "solved", "solved") == 1
                    && count(r, "linkedPractice", practice) == 1);
    assertEquals(2, count(found, "category", DiscussionApiIT.CATEGORY), found.toString());
    assertEquals(1, count(found, "solved", "open"), found.toString());

    // Its own word and the reply's nynorsk words: the reply is the thread's best-matching post.
    JsonNode best =
        ApiSession.anonymous()
            .get("api/search?type=discussion&size=50&q=" + word + "%20heimlause%20ungdomar")
            .json();
    String highlight = null;
    for (JsonNode hit : best.path("hits")) {
      if (hit.path("slug").asText().equals(String.valueOf(linked))) {
        highlight = hit.path("highlight").asText();
      }
    }
    assertTrue(
        highlight != null && highlight.contains("<mark>ungdomar</mark>"),
        "the nynorsk reply is shown: " + best);
    assertFalse(highlight.contains("depositumet"), "not the question: " + highlight);

    JsonNode chosen =
        ApiSession.anonymous()
            .get("api/search?type=discussion&q=" + word + "&linkedPractice=" + practice)
            .json();
    assertEquals(1, chosen.path("total").asLong(), chosen.toString());
    assertEquals(String.valueOf(linked), chosen.path("hits").get(0).path("slug").asText());
  }

  private static long count(JsonNode result, String facet, String value) {
    for (JsonNode v : result.path("facets").path(facet)) {
      if (v.path("value").asText().equals(value)) {
        return v.path("count").asLong();
      }
    }
    return 0;
  }

  private static int reading(ApiSession who, long thread, String level) {
    return who.put("api/discussions/" + thread + "/reading", Map.of("level", level)).status();
  }

  private static void decide(ApiSession moderator, long post, String action) {
    Answer a =
        moderator.post(
            "api/moderation/posts/" + post + "/decisions",
            Map.of("action", action, "note", "test"));
    assertEquals(204, a.status(), () -> a.raw().body());
  }

  private static String pathOf(long thread) {
    return DiscussionApiIT.thread(ApiSession.anonymous(), thread)
        .path("thread")
        .path("path")
        .asText();
  }

  private static JsonNode post(ApiSession who, long thread, long post) {
    for (JsonNode p : DiscussionApiIT.thread(who, thread).path("replies").path("items")) {
      if (p.path("id").asLong() == post) {
        return p;
      }
    }
    throw new AssertionError("no post " + post + " in thread " + thread);
  }
}
