package no.boforum.platform.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

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
}
