package no.boforum.opendata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import no.boforum.opendata.DataField;
import no.boforum.opendata.DatasetShape;
import no.boforum.opendata.ExportContext;
import no.boforum.opendata.OpenDataset;
import no.boforum.opendata.OpenRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {
  /** A dataset as a feature would declare one: a text, a time, a date and a list of codes. */
  static final OpenDataset THINGS =
      new OpenDataset() {
        @Override
        public DatasetShape shape() {
          return new DatasetShape(
              "things",
              "thing_id",
              1,
              "Things.",
              List.of(
                  DataField.of("id", DataField.Type.INTEGER, "the id"),
                  DataField.of("title", DataField.Type.TEXT, "the title"),
                  DataField.of("updated_at", DataField.Type.TIMESTAMP, "changed"),
                  DataField.of("started_on", DataField.Type.DATE, "started"),
                  DataField.list(
                      "tags",
                      "its tags",
                      DataField.of("code", DataField.Type.CODE, "a tag | code"))));
        }

        @Override
        public List<OpenRecord> after(long afterId, int limit, ExportContext context) {
          return List.of();
        }
      };

  @TempDir Path dir;

  @Test
  void listsGoToLinkedFilesAndTextsSurviveCommasQuotesAndLineBreaks() throws Exception {
    String awkward = "Ås, «sitat» og \"quote\"\nandre linje";
    try (DatasetWriter w = new DatasetWriter(dir, THINGS)) {
      w.write(
          OpenRecord.of()
              .put("id", 7L)
              .put("title", awkward)
              .put("updated_at", LocalDateTime.of(2026, 12, 2, 8, 30, 5, 123_000_000))
              .put("started_on", LocalDate.of(2025, 1, 31))
              .list(
                  "tags",
                  List.of(OpenRecord.of().put("code", "a"), OpenRecord.of().put("code", "b"))));
      w.write(
          OpenRecord.of()
              .put("id", 9L)
              .put(
                  "updated_at",
                  ZonedDateTime.of(2026, 6, 1, 10, 0, 0, 0, ZoneId.of("Europe/Oslo"))
                      .toOffsetDateTime()));
      assertEquals(2, w.count());
    }
    String main = Files.readString(dir.resolve("things.csv"), StandardCharsets.UTF_8);
    assertTrue(main.startsWith("\uFEFF"), "a byte-order mark for Excel");
    List<CSVRecord> rows = read(dir.resolve("things.csv"));
    assertEquals(
        List.of("id", "title", "updated_at", "started_on"),
        rows.get(0).getParser().getHeaderNames());
    assertEquals(awkward, rows.get(0).get("title"));
    assertEquals("2026-12-02T08:30:05Z", rows.get(0).get("updated_at"));
    assertEquals("2025-01-31", rows.get(0).get("started_on"));
    assertEquals("", rows.get(1).get("title"), "no value is an empty cell");
    assertEquals("2026-06-01T08:00:00Z", rows.get(1).get("updated_at"), "Oslo summer time in UTC");
    List<CSVRecord> tags = read(dir.resolve("things_tags.csv"));
    assertEquals(2, tags.size());
    assertEquals(Map.of("thing_id", "7", "code", "b"), tags.get(1).toMap());

    JsonNode json = new ObjectMapper().readTree(dir.resolve("things.json").toFile());
    assertEquals(2, json.size());
    assertEquals(awkward, json.get(0).path("title").asText());
    assertEquals("b", json.get(0).path("tags").get(1).path("code").asText());
    assertTrue(json.get(1).path("title").isNull());
    assertEquals(0, json.get(1).path("tags").size());
  }

  @Test
  void anUndeclaredFieldIsRefused() throws Exception {
    try (DatasetWriter w = new DatasetWriter(dir, THINGS)) {
      assertThrows(
          IllegalStateException.class,
          () -> w.write(OpenRecord.of().put("id", 1L).put("email", "a@b.no")));
    }
  }

  @Test
  void theReadmeDescribesEveryColumnOfEveryFile() {
    String readme =
        ExportReadme.text(List.of(THINGS), Map.of("things", 2), java.time.Instant.EPOCH);
    assertTrue(readme.contains("## things (2 records)"), readme);
    assertTrue(readme.contains("`things_tags.csv`"), readme);
    for (String column : List.of("id", "title", "updated_at", "started_on", "thing_id", "code")) {
      assertTrue(readme.contains("| `" + column + "` |"), column);
    }
    assertTrue(
        readme.contains("a tag \\| code"), "a bar in a description does not break the table");
  }

  private static List<CSVRecord> read(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.skip(1);
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(in)
          .getRecords();
    }
  }
}
