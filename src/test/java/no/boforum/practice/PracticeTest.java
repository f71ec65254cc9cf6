package no.boforum.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.practice.PracticeData.Contact;
import no.boforum.practice.PracticeData.Link;
import org.junit.jupiter.api.Test;

/** A practice gives back every fact it was given, whichever of its parts keeps it. */
class PracticeTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 12, 0);

  static PracticeData everyFact(Contact contact) {
    return new PracticeData(
        "Tittel",
        "Samandrag",
        "Tekst",
        "nn",
        7L,
        List.of(3L, 9L),
        List.of("kommune"),
        List.of("drift"),
        List.of("bostedslose", "unge"),
        List.of("bomestring"),
        List.of("0301", "4601"),
        true,
        LocalDate.of(2020, 1, 1),
        LocalDate.of(2024, 6, 30),
        ActivityStatus.ENDED,
        EvidenceLevel.PROCESS_EVALUATED,
        "Evaluert av Fafo",
        LocalDate.of(2027, 6, 1),
        true,
        List.of("husbanken"),
        "anskaffelse",
        "Færre utkastelser",
        contact,
        List.of(new Link("https://example.org/a", "A"), new Link("https://example.org/b", "B")),
        true);
  }

  @Test
  void everyFactComesBackAsGiven() {
    PracticeData data =
        everyFact(new Contact("Kari Kontakt", "Rådgjevar", "kari@example.org", "12345678"));
    Practice p = new Practice("tittel", NOW);
    p.update(data, new MarkdownRenderer(), NOW);
    assertEquals(data, p.data());
    assertEquals(ActivityStatus.ENDED, p.getActivityStatus());
    assertEquals(EvidenceLevel.PROCESS_EVALUATED, p.getEvidenceLevel());
    assertEquals("Evaluert av Fafo", p.getEvidenceNote());
  }

  @Test
  void noContactIsNoContact() {
    Practice p = new Practice("tittel", NOW);
    p.update(everyFact(Contact.NONE), new MarkdownRenderer(), NOW);
    assertEquals(Contact.NONE, p.data().contact());
  }

  @Test
  void aSaveStoresTheTextsAsTheRendererMakesThem() {
    MarkdownRenderer markdown = new MarkdownRenderer();
    Practice p = new Practice("tittel", NOW);
    p.update(everyFact(Contact.NONE), markdown, NOW);
    assertTrue(p.getHtml().current());
    assertEquals(markdown.toSafeHtml("Tekst"), p.getHtml().body());
    assertEquals(markdown.toSafeHtml("Færre utkastelser"), p.getHtml().outcomes());
  }
}
