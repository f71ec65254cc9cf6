package no.boforum.opendata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One public record (or one value of a list field) as its dataset gives it: field names to values
 * (text, number, boolean, date, time, or a list of records for a list field).
 */
public final class OpenRecord {
  private final Map<String, Object> values = new LinkedHashMap<>();

  public static OpenRecord of() {
    return new OpenRecord();
  }

  public OpenRecord put(String field, Object value) {
    values.put(field, value);
    return this;
  }

  public OpenRecord list(String field, List<OpenRecord> items) {
    values.put(field, List.copyOf(items));
    return this;
  }

  public Object get(String field) {
    return values.get(field);
  }

  /** The records of a list field; none if it was not given. */
  @SuppressWarnings("unchecked")
  public List<OpenRecord> items(String field) {
    Object v = values.get(field);
    return v instanceof List<?> l ? (List<OpenRecord>) l : List.of();
  }

  public long id() {
    return ((Number) values.get("id")).longValue();
  }

  /** A date from a native query's row (the driver's type), or null. */
  public static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) value;
  }

  /** A time from a native query's row (the driver's type), or null. */
  public static LocalDateTime time(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    return (LocalDateTime) value;
  }

  /** A number from a native query's row, or null. */
  public static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  public Map<String, Object> values() {
    return Collections.unmodifiableMap(values);
  }
}
