package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import no.boforum.platform.text.Messages;
import org.junit.jupiter.api.Test;

class PlainPageTest {

  @Test
  void thePagesSpeakTheVisitorsLanguage() {
    for (String key : java.util.List.of("starting", "unavailable")) {
      for (String lang : java.util.List.of("nb", "nn", "en")) {
        Locale locale = Messages.locale(lang);
        String title = Messages.format(locale, key + ".title");
        String page = PlainPage.html(locale, title, Messages.format(locale, key + ".text"));
        assertTrue(page.contains("<html lang=\"" + lang + "\">"), page);
        assertTrue(page.contains("<title>" + title + "</title>"), page);
        assertTrue(page.contains("<h1>" + title + "</h1>"), page);
        assertTrue(!page.contains("<script"), page);
        assertTrue(!title.startsWith("???") && !title.equals(key + ".title"), title);
      }
    }
  }

  @Test
  void theTextIsEscaped() {
    String page = PlainPage.html(Locale.ENGLISH, "<b>", "a & <i>");
    assertTrue(page.contains("<h1>&lt;b&gt;</h1>"), page);
    assertTrue(page.contains("<p>a &amp; &lt;i&gt;</p>"), page);
    assertEquals(1, page.split("<main>", -1).length - 1);
  }
}
