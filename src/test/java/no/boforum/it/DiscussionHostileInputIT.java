package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Organisations;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in a thread's title, its posts, a quote and an author's name reaches every page that
 * shows it only as text: no script, no event handler, no javascript: link, no SVG, on the thread
 * page (for a visitor, the asker and another reader), in the lists, and in the HTML that the API
 * gives.
 */
class DiscussionHostileInputIT {
  static final String SVG = "<svg onload=alert(3)><script>alert(4)</script></svg>";
  static final String HOSTILE =
      EventHostileInputIT.SCRIPT
          + EventHostileInputIT.IMG
          + SVG
          + "\n\n[klikk](javascript:alert(2)) <a href=\"javascript:x\">a</a>"
          + " <a href=\"https://ok.example\" onclick=\"alert(5)\">ok</a>"
          + "\n\n![bilde](javascript:alert(6))";

  static void assertInert(String where, String body) {
    EventHostileInputIT.assertInert(where, body);
    assertFalse(body.toLowerCase(java.util.Locale.ROOT).contains("<svg"), where + " has an SVG");
  }

  @Test
  void hostileTitlesAndPostsAreShownAsText() throws Exception {
    // Members of a verified organisation, so that their posts are published without approval.
    String org = Organisations.verified("Fiendtleg").slug();
    String askerEmail =
        Accounts.person("hostile-asker", "Spør " + EventHostileInputIT.IMG, org, "member", null);
    ApiSession asker = ApiSession.loggedIn(askerEmail, Accounts.PASSWORD);
    String replierEmail = Accounts.person("hostile-replier", "Svar " + SVG, org, "member", null);
    ApiSession replier = ApiSession.loggedIn(replierEmail, Accounts.PASSWORD);
    Map<String, Object> thread = new LinkedHashMap<>();
    thread.put("kind", "QUESTION");
    thread.put("title", "Tråd " + EventHostileInputIT.SCRIPT + SVG);
    thread.put("category", "annet");
    thread.put("body", "Spørsmål " + HOSTILE);
    Answer started = asker.post("api/discussions", thread);
    assertEquals(201, started.status(), started.raw().body());
    long id = started.json().path("id").asLong();
    String path = started.json().path("path").asText();

    Answer first =
        replier.post("api/discussions/" + id + "/posts", Map.of("body", "Svar " + HOSTILE));
    assertEquals(201, first.status(), first.raw().body());
    long quoted = first.json().path("id").asLong();
    Map<String, Object> quoting = new LinkedHashMap<>();
    // A mention of the replier (whose name is hostile) and practice links with hostile payloads.
    quoting.put(
        "body",
        "Sitat "
            + HOSTILE
            + "\n\n@"
            + no.boforum.platform.text.Slugs.of("Svar " + SVG)
            + " [p](javascript:alert(7)//practices/x) <a href=\"/practices/x\" onclick=\"alert(8)\">p</a>"
            + " [q](/practices/\"><script>alert(9)</script>)");
    quoting.put("quote", quoted);
    assertEquals(201, asker.post("api/discussions/" + id + "/posts", quoting).status());
    assertEquals(204, asker.put("api/discussions/posts/" + quoted + "/accepted", null).status());

    ApiSession reader = Accounts.session("hostile-reader", null, null, null);
    assertInert("the thread for a visitor", ApiSession.anonymous().page(path).body());
    assertInert("the thread for the asker", asker.page(path).body());
    assertInert("the thread for a reader", reader.page(path).body());
    assertInert("the thread with a quote open", reader.page(path + "?quote=" + quoted).body());
    assertInert("the thread with an edit open", replier.page(path + "?edit=" + quoted).body());
    assertInert("the list", ApiSession.anonymous().page("discussions").body());
    assertInert("the solved list", reader.page("discussions?filter=solved").body());
    String page = ApiSession.anonymous().page(path).body();
    assertTrue(page.contains("&lt;script&gt;"), "the title is shown as text");
    assertTrue(page.contains("<span class=\"mention\">&#64;Svar &lt;svg"), "the mention: " + page);
    String told = asker.page("my/notifications").body();
    assertInert("the asker's notifications", told);
    assertTrue(told.contains("Tråd &lt;script&gt;"), "the title in a notification is text");
    assertInert("the replier's notifications", replier.page("my/notifications").body());

    Answer json = ApiSession.anonymous().get("api/discussions/" + id);
    assertEquals(200, json.status());
    StringBuilder html =
        new StringBuilder(json.json().path("thread").path("question").path("html").asText());
    json.json()
        .path("replies")
        .path("items")
        .forEach(
            p ->
                html.append(p.path("html").asText()).append(p.path("quote").path("html").asText()));
    json.json().path("thread").path("accepted").forEach(p -> html.append(p.path("html").asText()));
    assertTrue(html.toString().contains("https://ok.example"), html.toString());
    assertInert("the API's HTML", html.toString());
    assertFeedsInert(path, id, (String) thread.get("title"), List.of(askerEmail, replierEmail));
  }

  /** The thread's feed and its category's, parsed back: titles as text, contents sanitised. */
  static void assertFeedsInert(String path, long id, String title, List<String> addresses)
      throws Exception {
    for (String address : List.of(path + "/feed.atom", "discussions/feed.atom?category=annet")) {
      var answer = ApiSession.anonymous().page(address);
      assertEquals(200, answer.statusCode(), address);
      assertTrue(
          answer
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/atom+xml"));
      assertFalse(answer.body().contains("<script"), address + " has a script element");
      SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.body()));
      StringBuilder contents = new StringBuilder();
      boolean found = false;
      for (SyndEntry e : feed.getEntries()) {
        e.getContents().forEach(c -> contents.append(c.getValue()));
        if (e.getLink().contains("/discussions/" + id + "-")) {
          found = true;
          if (address.contains("category")) {
            assertEquals(title, e.getTitle(), "the thread's entry in its category's feed");
          }
        }
      }
      assertTrue(found, address + " links the thread");
      assertTrue(contents.toString().contains("https://ok.example"), contents.toString());
      assertInert(address + "'s contents", contents.toString());
    }
    // The open-data feed of the category (decision 0022): title and question as plain text.
    String open = ApiSession.anonymous().page("feeds/discussions.atom?category=annet").body();
    for (String markup : List.of("<script", "<svg", "<img", "<a ")) {
      assertFalse(open.contains(markup), "feeds/discussions.atom holds " + markup + ":\n" + open);
    }
    SyndEntry entry =
        new SyndFeedInput()
            .build(new StringReader(open)).getEntries().stream()
                .filter(e -> e.getLink().contains("/discussions/" + id + "-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the thread is in the open feed:\n" + open));
    assertEquals(title, entry.getTitle(), "the hostile title comes back as the same text");
    for (String address : addresses) {
      assertFalse(open.contains(address.substring(0, address.indexOf('@'))), "no address");
    }
    String ownFeed = ApiSession.anonymous().page(path + "/feed.atom").body();
    for (String address : addresses) {
      String local = address.substring(0, address.indexOf('@'));
      assertFalse(ownFeed.contains(local), "no e-mail address of the people in the thread");
    }
    SyndFeed own = new SyndFeedInput().build(new StringReader(ownFeed));
    assertEquals(title, own.getTitle(), "the hostile title comes back as the same text");
  }

  /**
   * Hostile text in a flag's note, in a flagged post and in a moderator's note reaches the
   * moderators' queue, the thread page of the author and the audit log only as text.
   */
  @Test
  void hostileFlagNotesAndModeratorNotesAreShownAsText() {
    String org = Organisations.verified("Fiendtleg kø").slug();
    ApiSession author = Accounts.session("hostile-flagged", org, "member", null);
    ApiSession flagger = Accounts.session("hostile-flagger", null, null, null);
    ApiSession moderator = Accounts.session("hostile-moderator", null, null, "MODERATOR");
    Map<String, Object> thread = new LinkedHashMap<>();
    thread.put("kind", "DISCUSSION");
    thread.put("title", "Kø " + EventHostileInputIT.SCRIPT);
    thread.put("category", "annet");
    thread.put("body", "Opning " + System.nanoTime());
    Answer started = author.post("api/discussions", thread);
    assertEquals(201, started.status(), started.raw().body());
    long id = started.json().path("id").asLong();
    Answer posted =
        author.post("api/discussions/" + id + "/posts", Map.of("body", "Meldt " + HOSTILE));
    assertEquals(201, posted.status(), posted.raw().body());
    long post = posted.json().path("id").asLong();
    Answer flagged =
        flagger.post(
            "api/discussions/posts/" + post + "/flags",
            Map.of("reason", "PERSONAL_INFORMATION", "note", "Notat " + HOSTILE));
    assertEquals(201, flagged.status(), flagged.raw().body());

    String queue = null;
    for (int page = 1; page < 50 && (queue == null || !queue.contains("queued-" + post)); page++) {
      queue = moderator.page("moderation?page=" + page).body();
    }
    assertTrue(queue.contains("queued-" + post), "the flagged post is in the queue");
    assertInert("the moderators' queue", queue);
    assertTrue(queue.contains("Notat &lt;script&gt;"), "the flag's note is shown as text");
    assertInert(
        "the thread for its author", author.page(started.json().path("path").asText()).body());

    Answer warned =
        moderator.post(
            "api/moderation/posts/" + post + "/decisions",
            Map.of("action", "WARN", "note", "Åtvaring " + HOSTILE));
    assertEquals(204, warned.status(), warned.raw().body());
    Answer kept =
        moderator.post(
            "api/moderation/posts/" + post + "/decisions",
            Map.of("action", "KEEP", "note", "Behalde " + HOSTILE));
    assertEquals(204, kept.status(), kept.raw().body());
    String told = author.page("my/notifications").body();
    assertInert("the author's notifications", told);
    assertTrue(told.contains("Åtvaring &lt;script&gt;"), "the moderator's note is text: " + told);
    String audit = Accounts.admin().page("admin/audit").body();
    assertTrue(audit.contains("Behalde"), "the moderator's note is in the log");
    assertInert("the audit log", audit);
  }
}
