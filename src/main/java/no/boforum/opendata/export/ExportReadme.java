package no.boforum.opendata.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.boforum.opendata.DataField;
import no.boforum.opendata.OpenDataset;

/** The README of an export: the terms, the format, and every file and column, from the fields. */
final class ExportReadme {
  private ExportReadme() {}

  static String text(List<OpenDataset> datasets, Map<String, Integer> counts, Instant builtAt) {
    StringBuilder md = new StringBuilder();
    md.append("# Boforum open data\n\n")
        .append("Built ")
        .append(builtAt.truncatedTo(ChronoUnit.SECONDS))
        .append(" from the public content of Boforum, the forum and practice bank for social")
        .append(" housing work (boligsosialt arbeid) in Norway.\n\n")
        .append("## Licence\n\n")
        .append("The content is licensed under Creative Commons Attribution 4.0 (CC BY 4.0,")
        .append(" https://creativecommons.org/licenses/by/4.0/). Credit \"Boforum\" and the")
        .append(" organisation that published the record.\n\n")
        .append("## What is in it, and what is not\n\n")
        .append("Published content only. Never in it: drafts and content awaiting review,")
        .append(
            " fields about persons (contact persons' names and addresses, who wrote or reported")
        .append(" what), participants of events, conversations")
        .append(" between organisations, and the invented examples that show how the portal")
        .append(" works (marked \"illustrative\" in the portal; their organisations' names end in")
        .append(
            " \"(eksempel)\"). Free texts (descriptions, reports, findings) are as their organisations")
        .append(" published them on the portal.\n\n")
        .append("## Format\n\n")
        .append("- Each kind of content has a CSV file and a JSON file with the same records.\n")
        .append("- CSV: RFC 4180, comma-separated, a header row, UTF-8 with a byte-order mark")
        .append(" (Excel opens it with æ, ø and å intact; in pandas:")
        .append(" `pd.read_csv(\"practices.csv\", encoding=\"utf-8-sig\")`). An empty cell is no")
        .append(
            " value. Texts may hold line breaks inside quotes. A text that begins with =, +, -, @, a")
        .append(" tab or a return has an apostrophe in front, so that a spreadsheet never runs")
        .append(" it as a formula; the JSON file has every text as written.\n")
        .append("- A field with several values (a list) is a file of its own,")
        .append(" `<kind>_<field>.csv`, one row per value, led by the id of the record it")
        .append(" belongs to. In JSON it is an array of objects.\n")
        .append("- Ids are the portal's own, stable from one export to the next; `..._id`")
        .append(
            " columns link the files (`owner_organisation_id` to `organisations.csv` `id`). The")
        .append(" files are read one after another, not in one instant: a record published during")
        .append(
            " the build may be named by one file and missing from another until the next export.\n")
        .append("- Times are ISO 8601 in UTC (`2026-12-02T08:30:00Z`), dates `YYYY-MM-DD`.\n")
        .append("- Codes are stable; classification values carry their labels in bokmål (nb),")
        .append(" nynorsk (nn) and English (en).\n\n");
    for (OpenDataset d : datasets) {
      dataset(md, d, counts.getOrDefault(d.shape().name(), 0));
    }
    return md.toString();
  }

  private static void dataset(StringBuilder md, OpenDataset d, int count) {
    md.append("## ")
        .append(d.shape().name())
        .append(" (")
        .append(count)
        .append(count == 1 ? " record" : " records")
        .append(")\n\n")
        .append(d.shape().description())
        .append("\n\nFiles: `")
        .append(d.shape().name())
        .append(".csv`, `")
        .append(d.shape().name())
        .append(".json`");
    d.shape().fields().stream()
        .filter(DataField::isList)
        .forEach(f -> md.append(", `").append(DatasetWriter.linkedFile(d, f)).append('`'));
    md.append("\n\n");
    table(md, d.shape().fields(), null);
    for (DataField list : d.shape().fields().stream().filter(DataField::isList).toList()) {
      md.append("### ").append(DatasetWriter.linkedFile(d, list)).append("\n\n");
      md.append(list.description()).append(": one row per value.\n\n");
      table(md, list.parts(), d.shape().idColumn());
    }
  }

  private static void table(StringBuilder md, List<DataField> fields, String lead) {
    md.append("| column | type | meaning |\n|---|---|---|\n");
    if (lead != null) {
      md.append("| `").append(lead).append("` | integer | the record the value belongs to |\n");
    }
    for (DataField f : fields) {
      String meaning =
          f.isList() ? f.description() + " (JSON only; in CSV the file below)" : f.description();
      md.append("| `")
          .append(f.name())
          .append("` | ")
          .append(f.type().told())
          .append(" | ")
          .append(meaning.replace("|", "\\|"))
          .append(" |\n");
    }
    md.append('\n');
  }
}
