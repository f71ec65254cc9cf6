package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import no.boforum.platform.text.Messages;
import org.junit.jupiter.api.Test;

class StartingFilterTest {

  @Test
  void thePageSaysStartingInTheVisitorsLanguage() {
    for (String lang : java.util.List.of("nb", "nn", "en")) {
      Locale locale = Messages.locale(lang);
      String title = Messages.format(locale, "starting.title");
      String page = StartingFilter.page(locale, title, Messages.format(locale, "starting.text"));
      assertTrue(page.contains("<html lang=\"" + lang + "\">"), page);
      assertTrue(page.contains("<title>" + title + "</title>"), page);
      assertTrue(page.contains("<h1>" + title + "</h1>"), page);
      assertTrue(!page.contains("<script"), page);
    }
  }

  @Test
  void theTextIsEscaped() {
    String page = StartingFilter.page(Locale.ENGLISH, "<b>", "a & <i>");
    assertTrue(page.contains("<h1>&lt;b&gt;</h1>"), page);
    assertTrue(page.contains("<p>a &amp; &lt;i&gt;</p>"), page);
    assertEquals(1, page.split("<main>", -1).length - 1);
  }
}
