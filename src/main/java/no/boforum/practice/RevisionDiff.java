package no.boforum.practice;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.owasp.html.Encoding;

/**
 * The differences between two revisions, field by field and line by line, with the changed words
 * marked by java-diff-utils. The rows are escaped by the OWASP encoder, so they are safe to show as
 * HTML with only our {@code <del>} and {@code <ins>} marks in them.
 */
public final class RevisionDiff {
  /** One changed line: the old and the new text, either may be empty. */
  public record Row(String oldHtml, String newHtml) {}

  /** A field that differs, named by its key in the bundles ({@code practice.field.<name>}). */
  public record FieldChange(String field, List<Row> rows) {}

  // Marks in the Unicode private use area, replaced by tags once the text is escaped, so that a
  // mark never splits an entity.
  private static final String DEL = "\uE000";
  private static final String DEL_END = "\uE001";
  private static final String INS = "\uE002";
  private static final String INS_END = "\uE003";

  private static final DiffRowGenerator GENERATOR =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .lineNormalizer(line -> line)
          .oldTag(start -> start ? DEL : DEL_END)
          .newTag(start -> start ? INS : INS_END)
          .build();

  private RevisionDiff() {}

  public static List<FieldChange> between(PracticeData a, PracticeData b) {
    List<FieldChange> changes = new ArrayList<>();
    Map<String, String> before = fields(a);
    Map<String, String> after = fields(b);
    before.forEach(
        (field, old) -> {
          String now = after.get(field);
          if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, rows(old, now)));
          }
        });
    return changes;
  }

  private static List<Row> rows(String old, String now) {
    List<DiffRow> rows = GENERATOR.generateDiffRows(lines(old), lines(now));
    return rows.stream()
        .filter(r -> r.getTag() != DiffRow.Tag.EQUAL)
        .map(r -> new Row(html(r.getOldLine()), html(r.getNewLine())))
        .toList();
  }

  private static String html(String marked) {
    StringBuilder out = new StringBuilder();
    try {
      Encoding.encodeRcdataOnto(marked, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString()
        .replace(DEL, "<del>")
        .replace(DEL_END, "</del>")
        .replace(INS, "<ins>")
        .replace(INS_END, "</ins>");
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
  }

  /** Every field of the record as text, in the order the form shows them. */
  static Map<String, String> fields(PracticeData d) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("title", d.title());
    f.put("summary", d.summary());
    f.put("body", d.body());
    f.put("language", d.language());
    f.put("owner", String.valueOf(d.ownerOrganisationId()));
    f.put("partners", join(d.partnerOrganisationIds(), String::valueOf));
    f.put("actorTypes", join(d.actorTypes(), s -> s));
    f.put("voluntaryRoles", join(d.voluntaryRoles(), s -> s));
    f.put("targetGroups", join(d.targetGroups(), s -> s));
    f.put("themes", join(d.themes(), s -> s));
    f.put("places", d.national() ? "national" : join(d.places(), s -> s));
    f.put("period", date(d.startedOn()) + " – " + date(d.endedOn()));
    f.put("activityStatus", String.valueOf(d.activityStatus()));
    f.put("evidenceLevel", d.evidenceLevel() == null ? "" : d.evidenceLevel().code());
    f.put("evidenceNote", text(d.evidenceNote()));
    f.put("evaluationPlanned", date(d.evaluationPlanned()));
    f.put("nordicEvidence", String.valueOf(d.nordicEvidence()));
    f.put("funding", join(d.funding(), s -> s));
    f.put("procurementRoute", text(d.procurementRoute()));
    f.put("outcomes", text(d.outcomes()));
    PracticeData.Contact c = d.contact();
    f.put(
        "contact",
        String.join("\n", text(c.name()), text(c.role()), text(c.email()), text(c.phone())));
    f.put("links", join(d.links(), l -> l.label() + " <" + l.url() + ">", "\n"));
    return f;
  }

  private static <T> String join(List<T> values, Function<T, String> show) {
    return join(values, show, ", ");
  }

  private static <T> String join(List<T> values, Function<T, String> show, String separator) {
    return String.join(separator, values.stream().map(show).toList());
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
