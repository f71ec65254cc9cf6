package no.boforum.opendata.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.opendata.DataField;
import no.boforum.opendata.OpenDataset;
import no.boforum.opendata.OpenRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one dataset's records as they come: {@code <name>.csv} with the single-valued fields,
 * {@code <name>_<list>.csv} per list field (one row per value, led by the record's id), and {@code
 * <name>.json}, an array of objects with lists as arrays. CSV is RFC 4180 with a byte-order mark,
 * so that Excel reads it as UTF-8.
 */
final class DatasetWriter implements Closeable {
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().build();

  private final OpenDataset dataset;
  private final List<DataField> singles;
  private final List<DataField> lists;
  private final Set<String> known;
  private final CSVPrinter main;
  private final Map<String, CSVPrinter> linked = new LinkedHashMap<>();
  private final JsonGenerator json;
  private final List<Path> files = new ArrayList<>();
  private int count;

  DatasetWriter(Path directory, OpenDataset dataset) throws IOException {
    this.dataset = dataset;
    this.singles = dataset.shape().fields().stream().filter(f -> !f.isList()).toList();
    this.lists = dataset.shape().fields().stream().filter(DataField::isList).toList();
    this.known = Set.copyOf(dataset.shape().fields().stream().map(DataField::name).toList());
    this.main = csv(directory, dataset.shape().name() + ".csv", names(singles, null));
    for (DataField list : lists) {
      linked.put(
          list.name(),
          csv(
              directory,
              linkedFile(dataset, list),
              names(list.parts(), dataset.shape().idColumn())));
    }
    Path jsonFile = directory.resolve(dataset.shape().name() + ".json");
    files.add(jsonFile);
    json =
        new JsonFactory()
            .createGenerator(Files.newOutputStream(jsonFile), JsonEncoding.UTF8)
            .useDefaultPrettyPrinter();
    json.writeStartArray();
  }

  static String linkedFile(OpenDataset dataset, DataField list) {
    return dataset.shape().name() + "_" + list.name() + ".csv";
  }

  void write(OpenRecord record) throws IOException {
    for (String field : record.values().keySet()) {
      if (!known.contains(field)) {
        throw new IllegalStateException(
            dataset.shape().name() + " gave an undeclared field " + field);
      }
    }
    List<String> row = new ArrayList<>();
    for (DataField f : singles) {
      row.add(Cells.text(record.get(f.name())));
    }
    main.printRecord(row);
    for (DataField list : lists) {
      for (OpenRecord item : record.items(list.name())) {
        List<String> itemRow = new ArrayList<>();
        itemRow.add(Long.toString(record.id()));
        list.parts().forEach(p -> itemRow.add(Cells.text(item.get(p.name()))));
        linked.get(list.name()).printRecord(itemRow);
      }
    }
    writeJson(record, dataset.shape().fields());
    count++;
  }

  private void writeJson(OpenRecord record, List<DataField> fields) throws IOException {
    json.writeStartObject();
    for (DataField f : fields) {
      json.writeFieldName(f.name());
      if (f.isList()) {
        json.writeStartArray();
        for (OpenRecord item : record.items(f.name())) {
          writeJson(item, f.parts());
        }
        json.writeEndArray();
      } else {
        json.writeObject(Cells.plain(record.get(f.name())));
      }
    }
    json.writeEndObject();
  }

  int count() {
    return count;
  }

  List<Path> files() {
    return files;
  }

  @Override
  public void close() throws IOException {
    try (main;
        json) {
      json.writeEndArray();
      for (CSVPrinter p : linked.values()) {
        p.close();
      }
    }
  }

  private CSVPrinter csv(Path directory, String name, String[] header) throws IOException {
    Path file = directory.resolve(name);
    files.add(file);
    Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    out.write('\uFEFF');
    return new CSVPrinter(out, CSV.builder().setHeader(header).build());
  }

  private static String[] names(List<DataField> fields, String lead) {
    List<String> names = new ArrayList<>();
    if (lead != null) {
      names.add(lead);
    }
    fields.forEach(f -> names.add(f.name()));
    return names.toArray(String[]::new);
  }
}
