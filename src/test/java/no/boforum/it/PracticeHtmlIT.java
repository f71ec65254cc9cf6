package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A practice's body and outcomes are rendered to HTML when saved and shown from there (decision
 * 0034): what a save stores, that the page shows the stored HTML only when the running renderer
 * made it, and that the backfill job renders rows without HTML or with an older version's.
 */
class PracticeHtmlIT {
  static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
  static Organisation owner;
  static ApiSession editor;

  /** The stored columns of one practice. */
  record Stored(String body, String outcomes, Integer htmlVersion, long version) {}

  @BeforeAll
  static void editor() {
    owner = Organisations.verified("Testkommune for lagra HTML");
    editor = Accounts.session("html-editor", owner.slug(), "editor", null);
  }

  static String markdown(String word) {
    return "## Om "
        + word
        + "\n\nTekst med **feit** skrift og [ei lenke](https://example.org/"
        + word
        + ").\n\n<script>alert('"
        + word
        + "')</script>\n";
  }

  static String publish(String word) {
    return PracticeBuilder.practice(owner.slug(), "Lagra HTML " + word)
        .with("body", markdown(word))
        .with("outcomes", "* Færre utkastelser i " + word)
        .published(editor);
  }

  @Test
  void aSaveStoresTheRenderedTextsAndThePageShowsThem() throws Exception {
    String word = PracticeBuilder.uniqueWord("lagra");
    String slug = publish(word);
    Stored created = stored(slug);
    assertEquals(MARKDOWN.toSafeHtml(markdown(word)), created.body());
    assertEquals(MARKDOWN.toSafeHtml("* Færre utkastelser i " + word), created.outcomes());
    assertEquals(MarkdownRenderer.VERSION, created.htmlVersion());

    // A change through the API renders again: the HTML stored at creation is current, so no
    // backfill would replace it.
    String changed = PracticeBuilder.uniqueWord("endra");
    Map<String, Object> change =
        PracticeBuilder.practice(owner.slug(), "Lagra HTML " + word)
            .with("body", markdown(changed))
            .with("outcomes", "Ingen utkastelser i " + changed)
            .with("version", editor.get("api/practices/" + slug).json().path("version").asLong())
            .body();
    ApiSession.Answer saved = editor.put("api/practices/" + slug, change);
    assertEquals(200, saved.status(), () -> saved.raw().body());
    Stored after = stored(slug);
    String bodyHtml = MARKDOWN.toSafeHtml(markdown(changed));
    String outcomesHtml = MARKDOWN.toSafeHtml("Ingen utkastelser i " + changed);
    assertEquals(bodyHtml, after.body());
    assertEquals(outcomesHtml, after.outcomes());
    assertEquals(MarkdownRenderer.VERSION, after.htmlVersion());
    assertFalse(bodyHtml.contains("<script"), bodyHtml);

    String page = Http.get("practices/" + slug).body();
    assertTrue(page.contains(bodyHtml), page);
    assertTrue(page.contains(outcomesHtml), page);
  }

  @Test
  void thePageShowsTheStoredHtmlOnlyWhenTheRunningRendererMadeIt() throws Exception {
    String word = PracticeBuilder.uniqueWord("merke");
    String slug = publish(word);
    String body = "<p>" + word + " lagra tekst</p>";
    String outcomes = "<p>" + word + " lagra resultat</p>";
    write(slug, body, outcomes, MarkdownRenderer.VERSION);
    // Written behind the portal's back, so read as a logged-in editor: a visitor without a session
    // may be given the page kept from before the write (decision 0035).
    String page = editor.page("practices/" + slug).body();
    assertTrue(page.contains(body), "the stored body is shown: " + page);
    assertTrue(page.contains(outcomes), "the stored outcomes are shown: " + page);

    // Another renderer's HTML (a newer release's, which the backfill leaves alone): the page
    // renders the Markdown itself.
    write(slug, body, outcomes, MarkdownRenderer.VERSION + 1);
    page = editor.page("practices/" + slug).body();
    assertFalse(page.contains(word + " lagra"), "another version's HTML is not shown: " + page);
    assertTrue(page.contains(MARKDOWN.toSafeHtml(markdown(word))), page);
    assertTrue(page.contains(MARKDOWN.toSafeHtml("* Færre utkastelser i " + word)), page);
    assertEquals(MarkdownRenderer.VERSION + 1, stored(slug).htmlVersion(), "a view writes nothing");
  }

  @Test
  void theBackfillRendersPracticesWithoutHtmlOrWithAnOlderVersionsHtml() throws Exception {
    String without = PracticeBuilder.uniqueWord("utan");
    String withoutSlug = publish(without);
    String older = PracticeBuilder.uniqueWord("eldre");
    String olderSlug = publish(older);
    long withoutVersion = stored(withoutSlug).version();
    write(withoutSlug, null, null, null);
    write(olderSlug, "<p>" + older + " gammal</p>", null, MarkdownRenderer.VERSION - 1);

    for (String[] p :
        List.of(new String[] {withoutSlug, without}, new String[] {olderSlug, older})) {
      Stored s =
          Eventually.await(
              "the backfill to render " + p[0],
              () -> stored(p[0]),
              r -> Integer.valueOf(MarkdownRenderer.VERSION).equals(r.htmlVersion()));
      assertEquals(MARKDOWN.toSafeHtml(markdown(p[1])), s.body());
      assertEquals(MARKDOWN.toSafeHtml("* Færre utkastelser i " + p[1]), s.outcomes());
    }
    assertEquals(
        withoutVersion, stored(withoutSlug).version(), "rendering is no edit: same version");
  }

  @Test
  void practicesFromContentFilesAreRendered() throws Exception {
    List<String> seeds = new ArrayList<>();
    try (Connection c = TestServers.database();
        PreparedStatement s =
            c.prepareStatement("SELECT slug FROM practice WHERE source_hash IS NOT NULL");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        seeds.add(r.getString(1));
      }
    }
    assertFalse(seeds.isEmpty(), "the content files' practices are imported");
    for (String slug : seeds) {
      Stored s =
          Eventually.await(
              "the seed practice " + slug + " rendered",
              () -> stored(slug),
              r -> Integer.valueOf(MarkdownRenderer.VERSION).equals(r.htmlVersion()));
      assertEquals(MARKDOWN.toSafeHtml(column(slug, "body")), s.body(), slug);
    }
  }

  /** A column of the practice as stored. */
  static String column(String slug, String column) {
    try (Connection c = TestServers.database();
        PreparedStatement s =
            c.prepareStatement("SELECT " + column + " FROM practice WHERE slug = ?")) {
      s.setString(1, slug);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), slug);
        return r.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stored stored(String slug) {
    try (Connection c = TestServers.database();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT body_html, outcomes_html, html_version, version FROM practice"
                    + " WHERE slug = ?")) {
      s.setString(1, slug);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), slug);
        return new Stored(r.getString(1), r.getString(2), (Integer) r.getObject(3), r.getLong(4));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the stored HTML as if a renderer of {@code version} had (null: none stored). */
  static void write(String slug, String body, String outcomes, Integer version) {
    try (Connection c = TestServers.database();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE practice SET body_html = ?, outcomes_html = ?, html_version = ?"
                    + " WHERE slug = ?")) {
      s.setString(1, body);
      s.setString(2, outcomes);
      if (version == null) {
        s.setNull(3, java.sql.Types.INTEGER);
      } else {
        s.setInt(3, version);
      }
      s.setString(4, slug);
      assertEquals(1, s.executeUpdate(), slug);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
