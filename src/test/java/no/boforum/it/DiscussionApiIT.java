package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The discussions API through HTTP on the packaged WAR: a question about a practice, replies and a
 * quote, edits with and without a revision, a post deleted by its author, helpful marks once per
 * person, and answers accepted by the asker (several) but refused to others.
 */
class DiscussionApiIT {
  static final String CATEGORY = "bolig-og-utleie";
  static ApiSession asker;
  static ApiSession helper;
  static ApiSession other;
  static ApiSession moderator;
  static String practiceSlug;

  @BeforeAll
  static void people() {
    Organisations.Organisation org = Organisations.verified("Diskusjonskommunen");
    asker = Accounts.session("disc-asker", org.slug(), "editor", null);
    // In a verified organisation: their posts need no approval (DiscussionModerationIT).
    helper = Accounts.session("disc-helper", org.slug(), "member", null);
    other = Accounts.session("disc-other", org.slug(), "member", null);
    moderator = Accounts.session("disc-moderator", null, null, "MODERATOR");
    practiceSlug =
        PracticeBuilder.practice(org.slug(), "Praksis å spørre om " + System.nanoTime())
            .published(asker);
  }

  static Map<String, Object> question(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "QUESTION");
    body.put("title", title);
    body.put("category", CATEGORY);
    // The same text twice within minutes is refused: each question says something of its own.
    body.put("body", "Hvordan håndterte dere **depositumet** for leietakeren? (" + title + ")");
    return body;
  }

  static long start(ApiSession who, Map<String, Object> body) {
    Answer created = who.post("api/discussions", body);
    assertEquals(201, created.status(), () -> created.raw().body());
    return created.json().path("id").asLong();
  }

  static long reply(ApiSession who, long thread, String text, Long quote) {
    Map<String, Object> body = new HashMap<>();
    body.put("body", text);
    body.put("quote", quote);
    Answer posted = who.post("api/discussions/" + thread + "/posts", body);
    assertEquals(201, posted.status(), () -> posted.raw().body());
    return posted.json().path("id").asLong();
  }

  static JsonNode thread(ApiSession who, long id) {
    Answer a = who.get("api/discussions/" + id + "?size=100");
    assertEquals(200, a.status(), () -> a.raw().body());
    return a.json();
  }

  @Test
  void aQuestionAboutAPracticeIsAnsweredQuotedAndListed() {
    Map<String, Object> body = question("Garanti for husleie i Bergen " + System.nanoTime());
    body.put("practice", practiceSlug);
    long id = start(asker, body);
    JsonNode read = thread(ApiSession.anonymous(), id).path("thread");
    assertEquals("QUESTION", read.path("kind").asText());
    assertEquals(practiceSlug, read.path("practice").path("slug").asText());
    assertTrue(
        read.path("question").path("html").asText().contains("<strong>depositumet</strong>"));
    assertTrue(read.path("path").asText().startsWith("discussions/" + id + "-garanti-for-husleie"));

    assertTrue(listedIds("filter=unanswered&category=" + CATEGORY).contains(id), "unanswered");
    long first = reply(helper, id, "Vi brukte en kommunal garanti.", null);
    long quoting = reply(asker, id, "Takk! Hvor lenge varte den?", first);
    assertFalse(listedIds("filter=unanswered&category=" + CATEGORY).contains(id), "answered");
    assertTrue(listedIds("category=" + CATEGORY).contains(id), "latest");

    JsonNode replies = thread(ApiSession.anonymous(), id).path("replies");
    assertEquals(2, replies.path("total").asLong());
    JsonNode quoted = replies.path("items").get(1);
    assertEquals(quoting, quoted.path("id").asLong());
    assertEquals(first, quoted.path("quote").path("postId").asLong());
    assertEquals("disc-helper", quoted.path("quote").path("authorName").asText());

    assertEquals(404, ApiSession.anonymous().get("api/discussions/999999999").status());
    String openapi = Http.get("openapi").body();
    assertTrue(openapi.contains("/api/discussions/{id}/posts"), "in the OpenAPI document");
    assertEquals(
        401,
        ApiSession.anonymous().post("api/discussions", question("Anonymt spørsmål her")).status());
    Map<String, Object> untitled = question("kort");
    Answer refused = asker.post("api/discussions", untitled);
    assertEquals(400, refused.status(), () -> refused.raw().body());
    assertEquals("title", refused.json().path("field").asText());
  }

  @Test
  void anEditSoonAfterPostingKeepsNoRevisionALaterOneDoesAndAStaleOneIsRefused() throws Exception {
    long id = start(asker, question("Redigering av innlegg " + System.nanoTime()));
    long post = reply(helper, id, "Første utgave.", null);
    long version = versionOf(id, post);

    Answer soon =
        helper.put(
            "api/discussions/posts/" + post, Map.of("body", "Rettet utgave.", "version", version));
    assertEquals(200, soon.status(), () -> soon.raw().body());
    assertEquals(List.of(), revisions(post), "an edit within five minutes keeps no revision");

    ageOf(post, 10);
    long now = soon.json().path("version").asLong();
    Answer later =
        helper.put(
            "api/discussions/posts/" + post, Map.of("body", "Tredje utgave.", "version", now));
    assertEquals(200, later.status(), () -> later.raw().body());
    assertEquals(List.of("Rettet utgave."), revisions(post));
    // Earlier texts are the author's (and moderators'): a name edited out stays out for others.
    assertEquals(
        401, ApiSession.anonymous().get("api/discussions/posts/" + post + "/revisions").status());
    assertEquals(403, asker.get("api/discussions/posts/" + post + "/revisions").status());
    assertEquals("Tredje utgave.", postOf(id, post).path("body").asText());

    Answer stale =
        helper.put(
            "api/discussions/posts/" + post, Map.of("body", "Fra gammel versjon.", "version", now));
    assertEquals(409, stale.status(), () -> stale.raw().body());
    Answer notMine =
        other.put(
            "api/discussions/posts/" + post,
            Map.of("body", "Ikke min.", "version", versionOf(id, post)));
    assertEquals(403, notMine.status());
    assertEquals("Tredje utgave.", postOf(id, post).path("body").asText());
  }

  @Test
  void anAuthorDeletesTheirPostWhichStaysAsDeleted() {
    long id = start(asker, question("Sletting av innlegg " + System.nanoTime()));
    long post = reply(helper, id, "Dette angrer jeg på.", null);
    assertEquals(403, other.delete("api/discussions/posts/" + post).status());
    assertEquals(204, helper.delete("api/discussions/posts/" + post).status());
    JsonNode shown = postOf(id, post);
    assertTrue(shown.path("deleted").asBoolean());
    assertFalse(shown.hasNonNull("body"), shown.toString());
    assertFalse(shown.hasNonNull("html"), shown.toString());
    assertEquals(
        409,
        other.put("api/discussions/posts/" + post + "/helpful", null).status(),
        "a deleted post is not marked");
    assertEquals(
        409,
        helper
            .put("api/discussions/posts/" + post, Map.of("body", "Igjen.", "version", 0))
            .status(),
        "nor edited");
  }

  @Test
  void aPostIsMarkedHelpfulOncePerPersonAndNeverByItsAuthor() {
    long id = start(asker, question("Nyttige svar " + System.nanoTime()));
    long post = reply(helper, id, "Et godt svar.", null);
    String mark = "api/discussions/posts/" + post + "/helpful";
    assertEquals(1, asker.put(mark, null).json().path("helpful").asLong());
    assertEquals(1, asker.put(mark, null).json().path("helpful").asLong(), "once per person");
    assertEquals(2, other.put(mark, null).json().path("helpful").asLong());
    assertEquals(409, helper.put(mark, null).status(), "not one's own");
    assertEquals(401, ApiSession.anonymous().put(mark, null).status());
    assertEquals(2, postOf(id, post).path("helpful").asLong());
    assertEquals(1, other.delete(mark).json().path("helpful").asLong());
  }

  @Test
  void theAskerAcceptsSeveralAnswersOthersAreRefusedAModeratorMayAccept() {
    long id = start(asker, question("Flere riktige svar " + System.nanoTime()));
    long a = reply(helper, id, "Svar for store kommuner.", null);
    long b = reply(other, id, "Svar for små kommuner.", null);
    long c = reply(other, id, "Et tredje svar.", null);
    assertEquals(403, other.put("api/discussions/posts/" + a + "/accepted", null).status());
    assertEquals(403, helper.put("api/discussions/posts/" + a + "/accepted", null).status());
    assertEquals(
        401, ApiSession.anonymous().put("api/discussions/posts/" + a + "/accepted", null).status());
    assertFalse(thread(asker, id).path("thread").path("solved").asBoolean());

    assertEquals(204, asker.put("api/discussions/posts/" + a + "/accepted", null).status());
    assertEquals(204, asker.put("api/discussions/posts/" + b + "/accepted", null).status());
    assertEquals(204, moderator.put("api/discussions/posts/" + c + "/accepted", null).status());
    JsonNode t = thread(ApiSession.anonymous(), id).path("thread");
    assertTrue(t.path("solved").asBoolean());
    List<Long> accepted = new ArrayList<>();
    t.path("accepted").forEach(p -> accepted.add(p.path("id").asLong()));
    assertEquals(List.of(a, b, c), accepted);
    assertTrue(listedIds("filter=solved&category=" + CATEGORY).contains(id));

    long questionPost = t.path("question").path("id").asLong();
    assertEquals(
        409, asker.put("api/discussions/posts/" + questionPost + "/accepted", null).status());
    for (long p : List.of(a, b, c)) {
      assertEquals(204, asker.delete("api/discussions/posts/" + p + "/accepted").status());
    }
    assertFalse(thread(asker, id).path("thread").path("solved").asBoolean());
    assertFalse(listedIds("filter=solved&category=" + CATEGORY).contains(id));
  }

  @Test
  void aPosterFollowsByDefaultAndMayMute() {
    long id = start(asker, question("Følge og dempe " + System.nanoTime()));
    assertEquals("FOLLOWING", thread(asker, id).path("thread").path("level").asText());
    reply(helper, id, "Et svar.", null);
    assertEquals("FOLLOWING", thread(helper, id).path("thread").path("level").asText());
    assertEquals(
        204, helper.put("api/discussions/" + id + "/reading", Map.of("level", "MUTED")).status());
    assertEquals("MUTED", thread(helper, id).path("thread").path("level").asText());
    reply(helper, id, "Et svar til.", null);
    assertEquals("MUTED", thread(helper, id).path("thread").path("level").asText(), "stays muted");
    assertFalse(thread(other, id).path("thread").hasNonNull("level"), "a reader who never posted");
  }

  @Test
  void aNynorskReplyToABokmalQuestionIsFoundWithTheThreadsFacets() throws InterruptedException {
    // The question says nothing of it; only the nynorsk reply does, in a word of its own.
    long id = start(asker, question("Hjelp til unge i kommunen " + System.nanoTime()));
    reply(helper, id, "Vi skaffa bustad til heimlause gjennom kommunen.", null);
    String key = String.valueOf(id);
    JsonNode found =
        Eventually.await(
            "the thread found by the bokmål word for its nynorsk reply",
            () ->
                ApiSession.anonymous().get("api/search?type=discussion&q=hjemløse&size=50").json(),
            r -> r.path("hits").findValuesAsText("slug").contains(key));
    assertFalse(found.path("degraded").asBoolean(), found.toString());
    JsonNode hit = null;
    for (JsonNode h : found.path("hits")) {
      hit = h.path("slug").asText().equals(key) ? h : hit;
    }
    assertEquals("discussion", hit.path("type").asText());
    assertTrue(hit.path("path").asText().startsWith("discussions/" + id), hit.toString());
    assertTrue(found.toString().contains(CATEGORY), "the category facet: " + found);
    assertEquals(200, Http.get(hit.path("path").asText()).statusCode(), "the hit's page");
  }

  private static long versionOf(long thread, long post) {
    return postOf(thread, post).path("version").asLong();
  }

  private static JsonNode postOf(long thread, long post) {
    for (JsonNode p : thread(asker, thread).path("replies").path("items")) {
      if (p.path("id").asLong() == post) {
        return p;
      }
    }
    throw new AssertionError("no post " + post + " in thread " + thread);
  }

  private static List<String> revisions(long post) {
    Answer a = helper.get("api/discussions/posts/" + post + "/revisions");
    assertEquals(200, a.status(), () -> a.raw().body());
    List<String> texts = new ArrayList<>();
    a.json().forEach(t -> texts.add(t.asText()));
    return texts;
  }

  /** Moves the post's writing back in time, instead of waiting for the grace time to pass. */
  private static void ageOf(long post, int minutes) throws Exception {
    try (Connection c = TestServers.database();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE discussion_post SET created_at = created_at - INTERVAL ? MINUTE,"
                    + " edited_at = edited_at - INTERVAL ? MINUTE WHERE id = ?")) {
      s.setInt(1, minutes);
      s.setInt(2, minutes);
      s.setLong(3, post);
      assertEquals(1, s.executeUpdate());
    }
  }

  private static List<Long> listedIds(String query) {
    List<Long> ids = new ArrayList<>();
    for (int page = 1; ; page++) {
      Answer a = ApiSession.anonymous().get("api/discussions?size=100&page=" + page + "&" + query);
      assertEquals(200, a.status(), () -> a.raw().body());
      for (JsonNode item : a.json().path("items")) {
        ids.add(item.path("id").asLong());
      }
      if (a.json().path("items").size() < 100) {
        return ids;
      }
    }
  }
}
