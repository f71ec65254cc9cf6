package no.boforum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
      evidence_level: idea_pilot
      county: Oslo""";

  @Test
  void readsFrontMatterAndBody() throws Exception {
    PracticeData data = parser.parse(file(VALID, "Brødtekst med **Markdown**.\n"));
    assertEquals("alternativ-utleie", data.slug());
    assertEquals("Alternativ utleie", data.title());
    assertEquals(EvidenceLevel.IDEA_PILOT, data.evidenceLevel());
    assertEquals("Oslo", data.county());
    assertNull(data.ownerName(), "an owner the file does not name stays unknown");
    assertEquals("Brødtekst med **Markdown**.", data.body());
  }

  @Test
  void refusesAFileWithoutFrontMatter() {
    var e = assertThrows(ContentFormatException.class, () -> parser.parse("# Bare tekst\n"));
    assertTrue(e.getMessage().contains("front matter"), e.getMessage());
  }

  @Test
  void namesEveryProblemOfAnInvalidFile() {
    String bad =
        file(
            """
            slug: Ikke Gyldig
            title: ""
            summary: x
            language: de
            evidence_level: proven""",
            "tekst");
    var e = assertThrows(ContentFormatException.class, () -> parser.parse(bad));
    for (String word : List.of("slug", "title", "language", "evidence_level")) {
      assertTrue(e.getMessage().contains(word), word + " missing from: " + e.getMessage());
    }
  }

  @Test
  void refusesATooLongSummary() {
    String fm = VALID.replace("Kobler boligeiere med lavinntektsfamilier.", "a".repeat(301));
    var e = assertThrows(ContentFormatException.class, () -> parser.parse(file(fm, "tekst")));
    assertTrue(e.getMessage().contains("summary"), e.getMessage());
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
      assertTrue(all.size() >= 3, "seed practices expected, found " + all.size());
      for (Path p : all) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        PracticeData data = assertDoesNotFail(() -> parser.parse(text), p.getFileName().toString());
        assertEquals(p.getFileName().toString(), data.slug() + ".md", "file name must be the slug");
      }
    }
  }

  private interface Parse {
    PracticeData run() throws ContentFormatException;
  }

  private static PracticeData assertDoesNotFail(Parse parse, String name) {
    try {
      return parse.run();
    } catch (ContentFormatException e) {
      throw new AssertionError(name + ": " + e.getMessage(), e);
    }
  }
}
