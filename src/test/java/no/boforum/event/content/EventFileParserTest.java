package no.boforum.event.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.boforum.content.ContentFormatException;
import no.boforum.event.ClosingReport.FindingData;
import no.boforum.event.EventData;
import no.boforum.event.EventFormat;
import no.boforum.event.EventImport;
import no.boforum.event.EventState;
import no.boforum.event.FindingKind;
import org.junit.jupiter.api.Test;

class EventFileParserTest {
  private final EventFileParser parser = new EventFileParser();

  private static String file(String frontMatter, String body) {
    return "---\n" + frontMatter + "\n---\n" + body;
  }

  private static final String VALID =
      """
      slug: forum-i-hamar
      title: Forum i Hamar (eksempel)
      summary: Kommuner og frivillige møtes.
      language: nb
      format: in_person
      venue_name: Kulturhuset
      municipality: "3403"
      starts: 2027-03-09T09:00
      ends: 2027-03-09T15:30
      seat_groups:
        - name: Kommuner
          seats: 16
          sectors: [kommune]
        - name: Brukere
          seats: 8
          sectors: [brukerorganisasjon, brukerrepresentant]
      seats_released: 2027-02-23T12:00
      host: boligsosialt-team-elvestad
      cohosts: [boforsk-innland]
      themes: [samarbeid-samskaping]
      contact:
        name: Nina Eksempelsen
        email: nina@example.org
      agenda:
        - time: "09:20"
          title: Leie til eie
          practices: [leie-til-eie-barnefamilier]
        - time: 10:15
          title: Bordsamtaler
      state: closed
      report: Det kom mange.
      findings:
        - kind: municipalities_want
          text: Faste kontaktpersoner.
          practices: [bokontakt]
        - kind: barrier
          text: Anskaffelsesreglene.
      illustrative: true""";

  @Test
  void readsFrontMatterAndBody() throws Exception {
    EventFile parsed = parser.parse(file(VALID, "Beskrivelse med **Markdown**.\n"));
    EventImport.Seed seed = parsed.seed();
    EventData data = seed.data();
    assertEquals("forum-i-hamar", seed.slug());
    assertEquals("boligsosialt-team-elvestad", parsed.hostSlug());
    assertEquals(List.of("boforsk-innland"), parsed.cohostSlugs());
    assertEquals(EventFormat.IN_PERSON, data.format());
    assertEquals("3403", data.municipality());
    assertEquals(LocalDateTime.of(2027, 3, 9, 9, 0), data.startsAt());
    assertEquals(LocalDateTime.of(2027, 2, 23, 12, 0), data.seatsReleasedAt());
    assertEquals(2, data.seatGroups().size());
    assertEquals(
        List.of("brukerorganisasjon", "brukerrepresentant"), data.seatGroups().get(1).sectors());
    assertEquals(24, data.totalCapacity());
    assertEquals(LocalTime.of(9, 20), data.agenda().get(0).startsAt());
    assertEquals(
        LocalTime.of(10, 15), data.agenda().get(1).startsAt(), "an unquoted time is a time too");
    assertEquals(List.of("leie-til-eie-barnefamilier"), data.agenda().get(0).practices());
    assertEquals("nina@example.org", data.contact().email());
    assertNull(data.contact().phone(), "what the file does not say stays unknown");
    assertNull(data.hostOrganisationId(), "organisations are slugs until the import");
    assertTrue(data.illustrative());
    assertEquals("Beskrivelse med **Markdown**.", data.description());
    assertEquals(EventState.CLOSED, seed.state());
    assertEquals("Det kom mange.", seed.report());
    assertEquals(
        List.of(
            new FindingData(
                FindingKind.MUNICIPALITIES_WANT, "Faste kontaktpersoner.", List.of("bokontakt")),
            new FindingData(FindingKind.BARRIER, "Anskaffelsesreglene.", List.of())),
        seed.findings());
  }

  @Test
  void namesTheKeyWhoseCodeIsWrong() {
    for (String[] swap :
        List.of(
            new String[] {"slug: forum-i-hamar", "slug: Forum i Hamar", "slug"},
            new String[] {"language: nb", "language: se", "language"},
            new String[] {"format: in_person", "format: zoom", "format"},
            new String[] {"municipality: \"3403\"", "municipality: \"340\"", "municipality"},
            new String[] {"state: closed", "state: draft", "state"},
            new String[] {"kind: barrier", "kind: obstacle", "findings kind"},
            new String[] {"time: \"09:20\"", "time: \"kl. ni\"", "agenda time"},
            new String[] {"starts: 2027-03-09T09:00", "starts: tirsdag", "starts"},
            new String[] {"seats: 16", "seats: mange", "seat_groups[0].seats"})) {
      String bad = file(VALID.replace(swap[0], swap[1]), "tekst");
      var e = assertThrows(ContentFormatException.class, () -> parser.parse(bad), swap[1]);
      assertTrue(e.getMessage().contains(swap[2]), swap[2] + " missing from: " + e.getMessage());
    }
  }

  @Test
  void namesAMissingKey() {
    for (String key : List.of("title", "host", "starts", "state")) {
      String without =
          VALID.lines().filter(l -> !l.startsWith(key + ":")).reduce("", (a, l) -> a + l + "\n");
      var e =
          assertThrows(ContentFormatException.class, () -> parser.parse(file(without, "tekst")));
      assertTrue(e.getMessage().contains("'" + key + "'"), key + ": " + e.getMessage());
    }
    var blank =
        assertThrows(
            ContentFormatException.class,
            () ->
                parser.parse(file(VALID.replace("host: boligsosialt-team-elvestad", "host:"), "")));
    assertEquals("host is missing", blank.getMessage());
  }

  @Test
  void refusesUnknownKeysAndAReportOfAnEventNotClosed() {
    var typo =
        assertThrows(
            ContentFormatException.class, () -> parser.parse(file(VALID + "\nvert: x", "t")));
    assertTrue(typo.getMessage().contains("vert"), typo.getMessage());
    var open =
        assertThrows(
            ContentFormatException.class,
            () -> parser.parse(file(VALID.replace("state: closed", "state: published"), "t")));
    assertTrue(open.getMessage().contains("closed"), open.getMessage());
    var both =
        assertThrows(
            ContentFormatException.class, () -> parser.parse(file(VALID + "\ncapacity: 30", "t")));
    assertTrue(both.getMessage().contains("capacity"), both.getMessage());
  }

  @Test
  void refusesAFileWithoutFrontMatter() {
    var e = assertThrows(ContentFormatException.class, () -> parser.parse("# Bare tekst\n"));
    assertTrue(e.getMessage().contains("front matter"), e.getMessage());
  }

  @Test
  void everySeedEventInContentIsValidAndHonestAboutBeingAnExample() throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.list(Path.of("content/events"))) {
      all = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertTrue(all.size() >= 4, "seed events expected, found " + all.size());
    List<String> problems = new ArrayList<>();
    for (Path p : all) {
      String name = p.getFileName().toString();
      EventFile parsed;
      try {
        parsed = parser.parse(Files.readString(p, StandardCharsets.UTF_8));
      } catch (ContentFormatException e) {
        problems.add(name + ": " + e.getMessage());
        continue;
      }
      EventImport.Seed seed = parsed.seed();
      EventData d = seed.data();
      if (!name.equals(seed.slug() + ".md")) {
        problems.add(name + ": the file name must be the slug");
      }
      if (d.illustrative() != d.title().contains("(eksempel)")) {
        problems.add(name + ": '(eksempel)' in the title if and only if illustrative");
      }
      List<String> organisations = new ArrayList<>(parsed.cohostSlugs());
      organisations.add(parsed.hostSlug());
      for (String org : organisations) {
        Path file = Path.of("content/organisations", org + ".md");
        if (!Files.exists(file)) {
          problems.add(name + ": no organisation " + org);
        } else if (d.illustrative()
            != Files.readString(file, StandardCharsets.UTF_8).contains("illustrative: true")) {
          problems.add(
              name + ": examples only by example organisations, real ones by real: " + org);
        }
      }
      List<String> linked = new ArrayList<>();
      d.agenda().forEach(i -> linked.addAll(i.practices()));
      seed.findings().forEach(f -> linked.addAll(f.practices()));
      for (String practice : linked) {
        if (!Files.exists(Path.of("content/practices", practice + ".md"))) {
          problems.add(name + ": no seed practice " + practice);
        }
      }
    }
    assertEquals(List.of(), problems);
    assertFalse(all.isEmpty());
  }
}
