package no.boforum.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  /**
   * Pins what this renderer makes of a text using each construct the portal allows. Practices keep
   * the HTML rendered when they were saved (decision 0034): if this fails after a change of the
   * renderer, its policy or a library, raise {@link MarkdownRenderer#VERSION} (stored HTML is then
   * rendered again) and pin the new output.
   */
  @Test
  void theOutputOfThisVersionIsPinned() {
    String html =
        renderer.toSafeHtml(
            "# Tittel\n\n## Del\n\nTekst med **feit**, *kursiv* og `kode`, [lenke](https://example.org)"
                + " og <b onclick=\"x()\">rå</b>.\n\n- ein\n- to\n\n1. første\n\n> sitat\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\nint x;\n```\n\n---\n\n"
                + "<script>alert(1)</script>[farleg](javascript:alert(1))");
    assertEquals(1, MarkdownRenderer.VERSION, "the version this output is pinned for");
    assertEquals(
        "<h2>Tittel</h2>\n<h3>Del</h3>\n<p>Tekst med <strong>feit</strong>, <em>kursiv</em> og"
            + " <code>kode</code>, <a href=\"https://example.org\" rel=\"nofollow\">lenke</a> og"
            + " <b>rå</b>.</p>\n<ul><li>ein</li><li>to</li></ul>\n<ol><li>første</li></ol>\n"
            + "<blockquote>\n<p>sitat</p>\n</blockquote>\n<p>| a | b |\n|---|---|\n| 1 | 2 |</p>\n"
            + "<pre><code class=\"language-java\">int x;\n</code></pre>\n<hr />\n"
            + "[farleg](javascript:alert(1))\n",
        html);
  }

  @Test
  void rendersMarkdown() {
    String html =
        renderer.toSafeHtml(
            "# Bakgrunn\n\n## Mål\n\nHjelpe **leietakere** [videre](https://example.org).\n\n"
                + "```java\nint x;\n```");
    assertTrue(html.contains("<h2>Bakgrunn</h2>"), "the highest heading becomes h2: " + html);
    assertTrue(html.contains("<h3>Mål</h3>"), html);
    assertTrue(html.contains("class=\"language-java\""), html);
    assertTrue(html.contains("<strong>leietakere</strong>"), html);
    assertTrue(html.contains("href=\"https://example.org\""), html);
  }

  @Test
  void bodyThatStartsAtLevelTwoKeepsItsLevels() {
    String html = renderer.toSafeHtml("## Mål\n\ntekst\n\n### Delmål\n\ntekst");
    assertTrue(html.contains("<h2>Mål</h2>") && html.contains("<h3>Delmål</h3>"), html);
  }

  @Test
  void stripsScriptAndDangerousLinks() {
    String html =
        renderer.toSafeHtml(
            "<script>alert(1)</script>\n\n[klikk](javascript:alert(2)) <img src=x onerror=alert(3)>");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("onerror"), html);
  }

  @Test
  void mentionsOfKnownPeopleBecomeStyledNamesOthersStayText() {
    var rendered =
        renderer.render(
            "Hei @Kari-Nordmann og @ukjent, sjå `@kari-nordmann` og [@kari-nordmann](https://x.no)"
                + " eller kari@kari-nordmann.no",
            java.util.Map.of("kari-nordmann", "Kari <b>Nordmann</b>"));
    String html = rendered.html();
    assertTrue(
        html.contains(
            "Hei <span class=\"mention\">&#64;Kari &lt;b&gt;Nordmann&lt;/b&gt;</span> og &#64;ukjent"),
        html);
    assertTrue(html.contains("<code>&#64;kari-nordmann</code>"), html);
    assertTrue(html.contains(">&#64;kari-nordmann</a>"), html);
    assertTrue(html.contains("kari&#64;kari-nordmann.no"), html);
    assertTrue(
        renderer
            .mentions("@Kari-Nordmann, @ola! `@kode` e@post.no [@lenkje](https://x.no)")
            .equals(java.util.Set.of("kari-nordmann", "ola")),
        "handles outside code, links and addresses");
  }

  @Test
  void linksAreReadFromTheSanitisedHtml() {
    var rendered =
        renderer.render(
            "[a](/practices/bokontakt) [b](javascript:alert(1)) <a href=\"/practices/x\" onclick=\"y\">c</a>"
                + " [d](https://boforum.no/practices/alternativ-utleie?x=1&y=2)",
            java.util.Map.of());
    assertTrue(
        rendered
            .links()
            .equals(
                java.util.List.of(
                    "/practices/bokontakt",
                    "/practices/x",
                    "https://boforum.no/practices/alternativ-utleie?x=1&y=2")),
        rendered.links().toString());
  }
}
