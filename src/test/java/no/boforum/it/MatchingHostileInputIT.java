package no.boforum.it;

import static no.boforum.it.EventHostileInputIT.HOSTILE;
import static no.boforum.it.EventHostileInputIT.IMG;
import static no.boforum.it.EventHostileInputIT.SCRIPT;
import static no.boforum.it.EventHostileInputIT.assertInert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every text field of a need and an offer reaches every page that shows it only as
 * text: the posting's page (its Markdown sanitised), the board, the editor, the search page and the
 * API's JSON (which gives the text back as it was written, as data); and a message and a flag's
 * reason in a conversation about it, on the conversation's pages and the moderators' list.
 */
class MatchingHostileInputIT {
  @Test
  void hostileTextIsShownAsText() throws Exception {
    Organisations.Organisation org = Organisations.verified("Hostil behovskommune " + IMG);
    ApiSession editor = Accounts.session("hostile-matcher", org.slug(), "editor", null);
    String word = PracticeBuilder.uniqueWord("fiendtleg");
    String markdown =
        word + " " + HOSTILE + "\n\n[klikk](javascript:alert(2)) <a href=\"javascript:x\">a</a>";
    long need =
        MatchingBuilder.need(org.slug(), "Behov " + SCRIPT + IMG)
            .with("body", markdown)
            .posted(editor);
    long offer =
        MatchingBuilder.offer(org.slug(), "Tilbod " + SCRIPT)
            .with("body", markdown)
            .with("capacity", "Kapasitet " + IMG)
            .posted(editor);

    ApiSession anyone = ApiSession.anonymous();
    for (long id : new long[] {need, offer}) {
      String page = anyone.page("matching/" + id).body();
      assertTrue(page.contains(word), "the page shows the text");
      assertInert("the page of " + id, page);
      assertInert("the page of " + id + " for its editor", editor.page("matching/" + id).body());
      assertInert("the editor of " + id, editor.page("matching/" + id + "/edit").body());
      JsonNode json = anyone.get("api/matching/" + id).json();
      assertEquals(markdown, json.path("body").asText(), "the API gives the text as written");
    }
    assertInert("the board", anyone.page("matching").body());
    String feed = anyone.page("feeds/matching.atom").body();
    assertTrue(feed.contains("Behov &lt;script&gt;"), "the title in the feed as text:\n" + feed);
    assertInert("the needs and offers feed", feed);

    // A message in a conversation about the need, from another organisation: shown as text to
    // both sides, and given back as written by the API.
    Organisations.Organisation other = Organisations.unverified("Hostilt lag " + IMG);
    ApiSession writer = Accounts.session("hostile-writer", other.slug(), "editor", null);
    String message = word + " " + HOSTILE + "\n<a href=\"javascript:x\">a</a>";
    ApiSession.Answer started =
        writer.post(
            "api/matching/" + need + "/conversations",
            Map.of("organisation", other.slug(), "text", message));
    assertEquals(201, started.status(), () -> started.raw().body());
    String conversation = "matching/" + need + "/conversations/" + started.json().path("id");
    assertEquals(
        message,
        writer.get("api/" + conversation).json().path("lines").get(0).path("text").asText());
    String ownersView = editor.page(conversation).body();
    assertTrue(ownersView.contains(word), "the owner's editor reads the message");
    assertInert("the conversation for the owner", ownersView);
    assertInert("the conversation for the writer", writer.page(conversation).body());
    assertInert("the posting's page with conversations", editor.page("matching/" + need).body());
    assertInert("the form to get in touch", writer.page("matching/" + need + "/contact").body());
    assertEquals(
        200,
        writer
            .post("api/" + conversation + "/flag", Map.of("reason", "Grunn " + HOSTILE))
            .status());
    ApiSession moderator = Accounts.session("hostile-moderator", null, null, "MODERATOR");
    assertInert("the flagged list", moderator.page("matching/conversations/flagged").body());
    assertInert("the flagged conversation", moderator.page(conversation).body());
    assertInert("the board of offers", anyone.page("matching?side=offer").body());

    Eventually.await(
        "both in search",
        () -> anyone.get("api/search?type=matching&q=" + word).json(),
        found -> found.path("total").asLong() == 2);
    assertInert("the search page", anyone.page("search?q=" + word).body());
    for (JsonNode hit : anyone.get("api/search?type=matching&q=" + word).json().path("hits")) {
      assertInert("a hit's highlight", hit.path("highlight").asText());
    }
  }

  @Test
  void hostileTextFromAForumAndOnAPracticesOffersIsShownAsText() throws Exception {
    MatchingLinksIT.Forum forum =
        MatchingLinksIT.closedForum("Forum " + SCRIPT + IMG, "Kommunane vil " + HOSTILE);
    Organisations.Organisation kommune = Organisations.municipality("Hostil kommune " + IMG);
    ApiSession editor = Accounts.session("hostile-forum", kommune.slug(), "editor", null);
    assertInert("the forum's page for an editor", editor.page("events/" + forum.slug()).body());
    assertInert(
        "the form from the finding",
        editor.page("matching/new?side=need&fromFinding=" + forum.want()).body());
    long need =
        MatchingBuilder.need(kommune.slug(), "Frå forumet")
            .with("fromFinding", forum.want())
            .posted(editor);
    assertInert("a need from the forum", ApiSession.anonymous().page("matching/" + need).body());

    Organisations.Organisation ngo = Organisations.verified("Hostilt lag " + SCRIPT);
    ApiSession ngoEditor = Accounts.session("hostile-offerer", ngo.slug(), "editor", null);
    String practice =
        PracticeBuilder.practice(ngo.slug(), "Praksis " + System.nanoTime()).published(ngoEditor);
    MatchingBuilder.offer(ngo.slug(), "Tilbod " + SCRIPT + IMG)
        .with("practices", List.of(practice))
        .posted(ngoEditor);
    String page = ApiSession.anonymous().page("practices/" + practice).body();
    assertTrue(page.contains("id=\"section-offers\""), "the offer is listed");
    assertInert("the practice's page with its offers", page);
    ApiSession.Answer odd =
        editor.post("api/matching/" + need + "/adoption", Map.of("practice", SCRIPT));
    assertInert("a refused practice", odd.raw().body());
  }
}
