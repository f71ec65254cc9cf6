package no.boforum.practice;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What the practice list is narrowed to: one code per taxonomy ({@code theme}, {@code
 * target_group}, ...), a county (matching practices placed in it or in one of its municipalities),
 * an evidence level and an activity status. Null or blank means "any".
 *
 * @param changedSince only practices whose own facts or adoptions changed after this UTC time (the
 *     harvesters' {@code changedSince}); null: any
 */
public record PracticeFilter(
    Map<String, String> terms,
    String county,
    EvidenceLevel evidenceLevel,
    ActivityStatus activityStatus,
    String language,
    LocalDateTime changedSince) {
  public static final PracticeFilter NONE = new PracticeFilter(Map.of(), null, null, null, null);

  public PracticeFilter(
      Map<String, String> terms,
      String county,
      EvidenceLevel evidenceLevel,
      ActivityStatus activityStatus,
      String language) {
    this(terms, county, evidenceLevel, activityStatus, language, null);
  }

  public PracticeFilter {
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }

  /** How the list is ordered. */
  public enum Sort {
    UPDATED,
    TITLE,
    SPREAD,
    EVIDENCE;

    public static Sort parse(String text) {
      for (Sort s : values()) {
        if (s.name().equalsIgnoreCase(text)) {
          return s;
        }
      }
      return UPDATED;
    }
  }
}
