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
import no.boforum.platform.text.InputText;
import no.boforum.taxonomy.Taxonomies;
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

  /** How codes and ids read to people: taxonomy labels, organisation names, bundle texts. */
  public interface Labels {
    /** A term's label; the taxonomy {@code place} takes county and municipality codes. */
    String term(String taxonomy, String code);

    String organisation(Long id);

    /** A text from the bundles, by key. */
    String text(String key);

    /** The codes and ids themselves, for tests. */
    Labels CODES =
        new Labels() {
          @Override
          public String term(String taxonomy, String code) {
            return code;
          }

          @Override
          public String organisation(Long id) {
            return String.valueOf(id);
          }

          @Override
          public String text(String key) {
            return key;
          }
        };
  }

  // Marks in the Unicode private use area, replaced by tags once the text is escaped, so that a
  // mark never splits an entity. The texts compared are cleaned by the input rule first, which
  // drops private use: a mark in the rows is always the generator's, never typed (revisions stored
  // before the rule may hold such characters).
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

  public static List<FieldChange> between(PracticeData a, PracticeData b, Labels labels) {
    List<FieldChange> changes = new ArrayList<>();
    Map<String, String> before = fields(a, labels);
    Map<String, String> after = fields(b, labels);
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
    List<DiffRow> rows =
        GENERATOR.generateDiffRows(lines(InputText.clean(old)), lines(InputText.clean(now)));
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

  /** Every field of the record as people read it, in the order the form shows them. */
  static Map<String, String> fields(PracticeData d, Labels l) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("title", d.title());
    f.put("summary", d.summary());
    f.put("body", d.body());
    f.put("language", l.text("content.lang." + d.language()));
    f.put("owner", d.ownerOrganisationId() == null ? "" : l.organisation(d.ownerOrganisationId()));
    f.put("partners", join(d.partnerOrganisationIds(), l::organisation));
    f.put("actorTypes", join(d.actorTypes(), c -> l.term(Taxonomies.ACTOR_TYPE, c)));
    f.put("voluntaryRoles", join(d.voluntaryRoles(), c -> l.term(Taxonomies.VOLUNTARY_ROLE, c)));
    f.put("targetGroups", join(d.targetGroups(), c -> l.term(Taxonomies.TARGET_GROUP, c)));
    f.put("themes", join(d.themes(), c -> l.term(Taxonomies.THEME, c)));
    f.put(
        "places",
        d.national()
            ? l.text("practice.national")
            : join(d.places(), c -> l.term(PracticeTerms.PLACE, c)));
    f.put("period", date(d.startedOn()) + " – " + date(d.endedOn()));
    f.put(
        "activityStatus",
        d.activityStatus() == null ? "" : l.text("practice.status." + d.activityStatus()));
    f.put(
        "evidenceLevel",
        d.evidenceLevel() == null ? "" : l.text("evidence." + d.evidenceLevel().code()));
    f.put("evidenceNote", text(d.evidenceNote()));
    f.put("evaluationPlanned", date(d.evaluationPlanned()));
    f.put("nordicEvidence", l.text(d.nordicEvidence() ? "practice.diff.yes" : "practice.diff.no"));
    f.put("funding", join(d.funding(), c -> l.term(Taxonomies.FUNDING, c)));
    f.put(
        "procurementRoute",
        d.procurementRoute() == null
            ? ""
            : l.term(Taxonomies.PROCUREMENT_ROUTE, d.procurementRoute()));
    f.put("outcomes", text(d.outcomes()));
    PracticeData.Contact c = d.contact();
    f.put(
        "contact",
        String.join("\n", text(c.name()), text(c.role()), text(c.email()), text(c.phone())));
    f.put("links", join(d.links(), link -> link.label() + " <" + link.url() + ">", "\n"));
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
