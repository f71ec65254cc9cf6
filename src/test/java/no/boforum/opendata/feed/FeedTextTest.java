package no.boforum.opendata.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeedTextTest {
  @Test
  void markdownBecomesItsTextWithoutRawHtml() {
    assertEquals(
        "Vi trenger frivillige til alert(1) oppfølging. Lenke",
        FeedText.fromMarkdown(
            "Vi trenger **frivillige** til <script>alert(1)</script> oppfølging.\n\n"
                + "<div onclick=\"x()\">blokk</div>\n\n[Lenke](javascript:alert(2))"));
  }

  @Test
  void longTextIsCutAtAWord() {
    String cut = FeedText.plain("ord ".repeat(200));
    assertTrue(cut.length() <= FeedText.MAX + 1, cut);
    assertTrue(cut.endsWith("ord…"), cut);
    assertEquals("kort tekst", FeedText.plain("  kort\n\ttekst "));
    assertNull(FeedText.plain("  "));
    assertNull(FeedText.fromMarkdown(null));
  }
}
