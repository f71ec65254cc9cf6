package no.boforum.search.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.boforum.search.SearchResult;
import org.junit.jupiter.api.Test;

class AlertMailTest {
  static final String URL = "https://boforum.no";

  private static SearchResult result(long total, String... titles) {
    List<SearchResult.Hit> hits =
        java.util.Arrays.stream(titles)
            .map(
                t ->
                    new SearchResult.Hit(
                        "practice",
                        t.toLowerCase().replace(' ', '-'),
                        t,
                        "",
                        null,
                        null,
                        null,
                        "practices/" + t.toLowerCase().replace(' ', '-')))
            .toList();
    return new SearchResult(total, hits, Map.of(), false, null);
  }

  @Test
  void namesEveryNewPracticeWithItsLinkAndLinksTheSearchAndTheWayOut() {
    AlertMail mail =
        AlertMail.of(
            Locale.forLanguageTag("nb"),
            "Kari",
            "Bolig i Bergen",
            "q=bolig&county=46",
            result(2, "Husvert i Bergen", "Nattevakt"),
            URL);
    assertEquals("2 nye praksiser for «Bolig i Bergen»", mail.subject());
    String body = mail.body();
    assertTrue(body.startsWith("Hei Kari!"), body);
    assertTrue(body.contains("2 nye praksiser passer"), body);
    assertTrue(
        body.contains("- Husvert i Bergen\n  https://boforum.no/practices/husvert-i-bergen\n"));
    assertTrue(body.contains("https://boforum.no/practices/nattevakt"), body);
    assertTrue(body.contains("https://boforum.no/search?q=bolig&county=46"), body);
    assertTrue(body.contains("https://boforum.no/my/searches"), body);
    assertFalse(body.contains("til."), "no 'more' line when all are named: " + body);
  }

  @Test
  void saysHowManyMoreThereAreThanItNames() {
    AlertMail mail =
        AlertMail.of(Locale.ENGLISH, "Kim", "All", "", result(14, "A", "B"), URL + "/");
    assertTrue(mail.body().contains("14 new practices match"), mail.body());
    assertTrue(mail.body().contains("… and 12 more."), mail.body());
    assertTrue(mail.body().contains("See all results: https://boforum.no/search\n"), mail.body());
  }

  @Test
  void speaksTheRecipientsLanguageInTheSingularToo() {
    AlertMail mail =
        AlertMail.of(
            Locale.forLanguageTag("nn"), "Ola", "Bustad", "q=bustad", result(1, "Ein heim"), URL);
    assertEquals("Ny praksis for «Bustad»", mail.subject());
    assertTrue(mail.body().contains("Éin ny praksis passar"), mail.body());
    assertTrue(mail.body().endsWith("Helsing Boforum"), mail.body());
  }
}
