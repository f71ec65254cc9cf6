package no.boforum.opendata;

import java.util.List;

/**
 * A field of an open-data record: a column of the CSV file and a key of the JSON object. A list
 * field is a file of its own in CSV (one row per value) and an array in JSON.
 *
 * @param parts the fields of each value of a list; empty for a single value
 */
public record DataField(String name, Type type, String description, List<DataField> parts) {
  /** What a value is, as the README tells it. */
  public enum Type {
    INTEGER("integer"),
    TEXT("text"),
    MARKDOWN("text (Markdown)"),
    CODE("code"),
    BOOLEAN("true or false"),
    DATE("date (YYYY-MM-DD)"),
    TIMESTAMP("time (ISO 8601, UTC)"),
    URL("URL"),
    LIST("list");

    private final String told;

    Type(String told) {
      this.told = told;
    }

    public String told() {
      return told;
    }
  }

  public static DataField of(String name, Type type, String description) {
    return new DataField(name, type, description, List.of());
  }

  public static DataField list(String name, String description, DataField... parts) {
    return new DataField(name, Type.LIST, description, List.of(parts));
  }

  public boolean isList() {
    return type == Type.LIST;
  }
}
