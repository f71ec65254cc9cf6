package no.boforum.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PracticeLinksTest {
  private final PracticeLinks links = new PracticeLinks();

  {
    links.publicUrl = "https://boforum.no";
  }

  @Test
  void thePortalsOwnPracticePagesOnly() {
    assertEquals(Optional.of("bokontakt"), links.slug("/practices/bokontakt"));
    assertEquals(Optional.of("bokontakt"), links.slug("https://boforum.no/practices/bokontakt/"));
    assertEquals(Optional.of("au"), links.slug("https://boforum.no/practices/au?fra=tråd#kontakt"));
    assertEquals(Optional.empty(), links.slug("https://andre.example/practices/bokontakt"));
    assertEquals(Optional.empty(), links.slug("https://boforum.no.andre.example/practices/x"));
    assertEquals(Optional.empty(), links.slug("/practices/bokontakt/edit"));
    assertEquals(Optional.empty(), links.slug("practices/bokontakt"));
    assertEquals(Optional.empty(), links.slug("javascript:/practices/x"));
    assertEquals(Optional.empty(), links.slug("/practices/Stor%20bokstav"));
    assertEquals(Optional.empty(), links.slug(null));
  }

  @Test
  void eachPracticeOnceInOrder() {
    assertEquals(
        Set.of("b", "a"),
        links.slugs(
            List.of(
                "/practices/b", "/events/x", "https://boforum.no/practices/a", "/practices/b")));
    assertEquals(
        List.of("b", "a"),
        List.copyOf(links.slugs(List.of("/practices/b", "/practices/a", "/practices/b"))));
  }
}
