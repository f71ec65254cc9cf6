package no.boforum.opendata;

import java.util.List;

/**
 * What a dataset is, for the export's files and README.
 *
 * @param name the files' base name, lower case with underscores: {@code practices}
 * @param idColumn the column that names one record in linked files: {@code practice_id}
 * @param order the place in the export and its README, low first
 * @param description one paragraph: what a record is and which records are in it
 * @param fields the fields of a record, in column order; the first is {@code id}
 */
public record DatasetShape(
    String name, String idColumn, int order, String description, List<DataField> fields) {
  public DatasetShape {
    fields = List.copyOf(fields);
  }
}
