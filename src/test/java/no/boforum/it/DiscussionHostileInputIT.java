package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
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
  void hostileTitlesAndPostsAreShownAsText() {
    ApiSession asker =
        ApiSession.loggedIn(
            Accounts.person("hostile-asker", "Spør " + EventHostileInputIT.IMG, null, null, null),
            Accounts.PASSWORD);
    ApiSession replier =
        ApiSession.loggedIn(
            Accounts.person("hostile-replier", "Svar " + SVG, null, null, null), Accounts.PASSWORD);
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
    quoting.put("body", "Sitat " + HOSTILE);
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
  }
}
