package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Conversations about a need, through HTTP on the running portal: another organisation's editor
 * gets in touch, the owner's editors are told and answer, contact details stay hidden until a side
 * shares them, third parties, visitors and moderators find nothing until a party flags it, and the
 * writer's messages are in "download my data" and lose their writer when the account is deleted.
 */
class MatchingConversationIT {
  @Test
  void twoOrganisationsTalkWithoutExposingPeople() throws Exception {
    long run = System.nanoTime();
    Organisations.Organisation owner = Organisations.verified("Samtalekommune " + run);
    Organisations.Organisation writer = Organisations.unverified("Samtalelag " + run);
    Organisations.Organisation third = Organisations.unverified("Tredjelag " + run);
    ApiSession ownerEditor = named("conv-owner", "Olga Eigarsen", owner.slug());
    String writerEmail =
        Accounts.person("conv-writer", "Wenche Skrivar", writer.slug(), "editor", null);
    ApiSession writerEditor = ApiSession.loggedIn(writerEmail, Accounts.PASSWORD);
    ApiSession thirdEditor = named("conv-third", "Tore Tredje", third.slug());
    ApiSession writerColleague = named("conv-colleague", "Kari Kollega", writer.slug());
    ApiSession moderator = Accounts.session("conv-moderator", null, null, "MODERATOR");
    ApiSession anonymous = ApiSession.anonymous();
    String title = "Samtalebehov " + run;
    long need = MatchingBuilder.need(owner.slug(), title).posted(ownerEditor);
    assertEquals("OPEN", anonymous.get("api/matching/" + need).json().path("state").asText());

    // The other organisation gets in touch: the posting is in dialogue, its editors are told.
    String first = "Vi kan hjelpe " + run + ".\nRing oss gjerne.";
    ApiSession.Answer started =
        writerEditor.post(
            "api/matching/" + need + "/conversations",
            Map.of("organisation", writer.slug(), "text", first));
    assertEquals(201, started.status(), () -> started.raw().body());
    long cid = started.json().path("id").asLong();
    String api = "api/matching/" + need + "/conversations/" + cid;
    String page = "matching/" + need + "/conversations/" + cid;
    assertEquals(
        "IN_DIALOGUE", anonymous.get("api/matching/" + need).json().path("state").asText());
    JsonNode told = notice(ownerEditor, page);
    assertTrue(told.path("line").asText().contains(writer.name()), told.toString());
    assertTrue(told.path("line").asText().contains(title), told.toString());
    assertFalse(told.toString().contains("Vi kan hjelpe"), "no text in the notice: " + told);
    assertFalse(told.toString().contains("Wenche"), "no writer in the notice: " + told);

    // The owner's editors see it on the posting's page, and read it without the writer's name.
    String postingPage = ownerEditor.page("matching/" + need).body();
    assertTrue(postingPage.contains("conversation-count"), "the owner sees the count");
    assertTrue(postingPage.contains(page), "the owner sees the link");
    JsonNode read = ownerEditor.get(api).json();
    assertEquals(first, read.path("lines").get(0).path("text").asText());
    assertTrue(absent(read.path("lines").get(0).path("writer")), read.toString());
    assertFalse(read.path("writer").path("shared").asBoolean());
    assertTrue(absent(read.path("writer").path("contactEmail")), read.toString());
    String ownersView = ownerEditor.page(page).body();
    assertTrue(ownersView.contains("Vi kan hjelpe " + run), "the owner reads the message");
    assertFalse(ownersView.contains("Wenche"), "the writer's name is hidden before sharing");
    assertFalse(ownersView.contains(writerEmail), "the writer's address is hidden before sharing");

    // The owner answers; the writer is told and reads it, the owner's editor still unnamed.
    ApiSession.Answer answer =
        ownerEditor.post(api + "/messages", Map.of("text", "Takk, vi tek kontakt " + run));
    assertEquals(201, answer.status(), () -> answer.raw().body());
    notice(writerEditor, page);
    String writersView = writerEditor.page(page).body();
    assertTrue(writersView.contains("Takk, vi tek kontakt " + run));
    assertFalse(writersView.contains("Olga"), "the owner's editor is not named before sharing");
    assertTrue(writersView.contains("Wenche Skrivar"), "one's own side is named");
    assertTrue(writerEditor.page("matching/" + need).body().contains(page), "the writer's link");
    assertEquals(
        201,
        writerEditor
            .post(
                "api/matching/" + need + "/conversations",
                Map.of("organisation", writer.slug(), "text", "Ein gong til"))
            .status());
    assertEquals(
        cid,
        ownerEditor
            .get("api/matching/" + need + "/conversations")
            .json()
            .get(0)
            .path("id")
            .asLong());
    assertEquals(
        1,
        ownerEditor.get("api/matching/" + need + "/conversations").json().size(),
        "one thread per pair");

    // Nobody else finds it: a third organisation, a visitor, a moderator, not even its count.
    assertEquals(404, thirdEditor.get(api).status());
    assertEquals(404, thirdEditor.page(page).statusCode());
    assertEquals(0, thirdEditor.get("api/matching/" + need + "/conversations").json().size());
    assertEquals(401, anonymous.get(api).status());
    assertEquals(302, anonymous.page(page).statusCode());
    assertEquals(404, moderator.get(api).status());
    assertEquals(404, moderator.page(page).statusCode());
    assertEquals(404, Accounts.admin().get(api).status(), "nor an administrator before a flag");
    for (ApiSession outsider : new ApiSession[] {thirdEditor, anonymous, moderator}) {
      String seen = outsider.page("matching/" + need).body();
      assertTrue(seen.contains(title), "the posting itself is public");
      assertFalse(seen.contains("conversation-count"), "no count for outsiders");
      assertFalse(seen.contains("/conversations/" + cid), "no link for outsiders");
    }
    assertFalse(moderator.page("matching/conversations/flagged").body().contains(title));
    assertEquals(
        403,
        Accounts.admin()
            .post(
                "api/matching/" + need + "/conversations",
                Map.of("organisation", third.slug(), "text", "I namnet til ein annan"))
            .status(),
        "an administrator does not write in the name of an organisation it is no editor of");
    assertEquals(201, writerColleague.post(api + "/messages", Map.of("text", "Eg òg")).status());

    // The writer shares: the owner now sees the name and address, the writer still not the owner's.
    ApiSession.Answer shared = writerEditor.post(api + "/share", Map.of());
    assertEquals(200, shared.status(), () -> shared.raw().body());
    assertEquals(409, writerEditor.post(api + "/share", Map.of()).status(), "shared once");
    read = ownerEditor.get(api).json();
    assertEquals(writerEmail, read.path("writer").path("contactEmail").asText(), read.toString());
    assertEquals("Wenche Skrivar", read.path("lines").get(0).path("writer").asText());
    assertTrue(ownerEditor.page(page).body().contains(writerEmail));
    assertFalse(writerEditor.page(page).body().contains("Olga"), "the owner has not shared");
    assertFalse(
        ownerEditor.get(api).json().toString().contains("Kari Kollega"),
        "the sharer is named, not a colleague who did not share");
    assertTrue(absent(writerEditor.get(api).json().path("owner").path("contactEmail")));

    // Hostile or empty text is refused or shown as text; a third party cannot answer.
    assertEquals(400, ownerEditor.post(api + "/messages", Map.of("text", "  ")).status());
    assertEquals(
        400, ownerEditor.post(api + "/messages", Map.of("text", "x".repeat(4001))).status());
    assertEquals(404, thirdEditor.post(api + "/messages", Map.of("text", "Hei")).status());

    // A flag opens it to the moderators, who read without names and do not answer.
    assertEquals(400, writerEditor.post(api + "/flag", Map.of("reason", "")).status());
    ApiSession.Answer flagged =
        writerEditor.post(api + "/flag", Map.of("reason", "Upassande svar " + run));
    assertEquals(200, flagged.status(), () -> flagged.raw().body());
    JsonNode moderated = moderator.get(api).json();
    assertEquals(first, moderated.path("lines").get(0).path("text").asText(), moderated.toString());
    assertTrue(absent(moderated.path("lines").get(0).path("writer")), moderated.toString());
    assertTrue(absent(moderated.path("writer").path("contactEmail")), moderated.toString());
    assertEquals(200, moderator.page(page).statusCode());
    assertFalse(moderator.page(page).body().contains("Wenche"), "moderators see organisations");
    assertEquals(403, moderator.post(api + "/messages", Map.of("text", "Hei")).status());
    String list = moderator.page("matching/conversations/flagged").body();
    assertTrue(list.contains(title) && list.contains("Upassande svar " + run), list);
    assertEquals(404, thirdEditor.get(api).status(), "a flag opens it to moderators only");
    assertEquals(
        "Upassande svar " + run, writerEditor.get(api).json().path("flagReason").asText(""));
    assertTrue(
        absent(ownerEditor.get(api).json().path("flagReason")),
        "the other side is not told why it was flagged");

    // The writer's messages are theirs in "download my data"; a deleted account's stay, unnamed.
    JsonNode export = writerEditor.get("api/me/export").json().path("matchingConversations");
    assertTrue(export.toString().contains("Vi kan hjelpe " + run), export.toString());
    assertEquals(204, writerEditor.delete("api/me").status());
    read = ownerEditor.get(api).json();
    assertTrue(read.path("lines").get(0).path("formerMember").asBoolean(), read.toString());
    assertTrue(absent(read.path("writer").path("contactEmail")), read.toString());
    assertEquals(first, read.path("lines").get(0).path("text").asText());
    assertEquals(0, authored(first), "no line keeps the deleted account");
  }

  /** A field JSON-B left out, as it does with null values. */
  private static boolean absent(JsonNode field) {
    return field.isMissingNode() || field.isNull();
  }

  private static ApiSession named(String who, String name, String organisation) {
    return ApiSession.loggedIn(
        Accounts.person(who, name, organisation, "editor", null), Accounts.PASSWORD);
  }

  /** The notification of {@code who} that links to {@code page}; fails if there is none. */
  private static JsonNode notice(ApiSession who, String page) {
    for (JsonNode item : who.get("api/notifications").json().path("items")) {
      if (item.path("link").asText().endsWith(page)) {
        return item;
      }
    }
    throw new AssertionError("no notification links to " + page);
  }

  /** How many lines with this text still name their author. */
  private static int authored(String text) throws Exception {
    try (Connection db = TestServers.database();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT COUNT(*) FROM matching_message WHERE body = ? AND author_id IS NOT NULL")) {
      q.setString(1, text);
      try (var rows = q.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
