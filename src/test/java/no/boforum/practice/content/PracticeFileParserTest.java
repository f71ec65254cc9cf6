package no.boforum.practice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.boforum.content.ContentFormatException;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeData;
import org.junit.jupiter.api.Test;

class PracticeFileParserTest {
  private final PracticeFileParser parser = new PracticeFileParser();

  private static String file(String frontMatter, String body) {
    return "---\n" + frontMatter + "\n---\n" + body;
  }

  private static final String VALID =
      """
      slug: alternativ-utleie
      title: Alternativ utleie
      summary: Kobler boligeiere med lavinntektsfamilier.
      language: nb
      status: active
      evidence_level: idea_pilot
      places: ["0301"]
      owner: alternativ-utleie
      started: 2015-09-01
      contact:
        name: Kari Eksempel
        email: kari@example.org
      adoptions:
        - municipality: "4601"
          status: running""";

  @Test
  void readsFrontMatterAndBody() throws Exception {
    PracticeFile parsed = parser.parse(file(VALID, "Brødtekst med **Markdown**.\n"));
    PracticeData data = parsed.data();
    assertEquals("alternativ-utleie", parsed.slug());
    assertEquals("alternativ-utleie", parsed.ownerSlug());
    assertEquals("Alternativ utleie", data.title());
    assertEquals(EvidenceLevel.IDEA_PILOT, data.evidenceLevel());
    assertEquals(ActivityStatus.ACTIVE, data.activityStatus());
    assertEquals(List.of("0301"), data.places());
    assertEquals(LocalDate.of(2015, 9, 1), data.startedOn());
    assertEquals("kari@example.org", data.contact().email());
    assertNull(data.contact().phone(), "what the file does not say stays unknown");
    assertEquals(List.of(), data.themes());
    assertEquals("4601", parsed.adoptions().get(0).municipality());
    assertEquals("Brødtekst med **Markdown**.", data.body());
  }

  @Test
  void refusesAFileWithoutFrontMatter() {
    var e = assertThrows(ContentFormatException.class, () -> parser.parse("# Bare tekst\n"));
    assertTrue(e.getMessage().contains("front matter"), e.getMessage());
  }

  @Test
  void namesTheFieldThatIsWrong() {
    for (String[] swap :
        List.of(
            new String[] {"slug: alternativ-utleie", "slug: Ikke Gyldig", "slug"},
            new String[] {"status: active", "status: paused", "status"},
            new String[] {"evidence_level: idea_pilot", "evidence_level: proven", "evidence_level"},
            new String[] {"status: running", "status: maybe", "adoption status"},
            new String[] {"started: 2015-09-01", "started: sometime", "front matter"})) {
      String bad = file(VALID.replace(swap[0], swap[1]), "tekst");
      var e = assertThrows(ContentFormatException.class, () -> parser.parse(bad), swap[1]);
      assertTrue(e.getMessage().contains(swap[2]), swap[2] + " missing from: " + e.getMessage());
    }
  }

  @Test
  void refusesAMissingRequiredKeyAndUnknownKeys() {
    assertThrows(
        ContentFormatException.class,
        () -> parser.parse(file(VALID.replace("title: Alternativ utleie\n", ""), "tekst")));
    assertThrows(
        ContentFormatException.class, () -> parser.parse(file(VALID + "\ntitel: typo", "tekst")));
  }

  @Test
  void refusesBrokenYaml() {
    var e =
        assertThrows(
            ContentFormatException.class, () -> parser.parse(file("slug: [unclosed", "tekst")));
    assertTrue(e.getMessage().startsWith("the front matter is not valid"), e.getMessage());
  }

  @Test
  void everySeedPracticeInContentIsValid() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("content/practices"))) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".md")).toList();
      assertTrue(all.size() >= 27, "seed practices expected, found " + all.size());
      for (Path p : all) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        PracticeFile data = assertDoesNotFail(() -> parser.parse(text), p.getFileName().toString());
        assertEquals(p.getFileName().toString(), data.slug() + ".md", "file name must be the slug");
      }
    }
  }

  private interface Parse {
    PracticeFile run() throws ContentFormatException;
  }

  private static PracticeFile assertDoesNotFail(Parse parse, String name) {
    try {
      return parse.run();
    } catch (ContentFormatException e) {
      throw new AssertionError(name + ": " + e.getMessage(), e);
    }
  }
}
