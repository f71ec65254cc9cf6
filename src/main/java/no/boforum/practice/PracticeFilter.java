package no.boforum.practice;

import java.util.Map;

/**
 * What the practice list is narrowed to: one code per taxonomy ({@code theme}, {@code
 * target_group}, ...), a county (matching practices placed in it or in one of its municipalities),
 * an evidence level and an activity status. Null or blank means "any".
 */
public record PracticeFilter(
    Map<String, String> terms,
    String county,
    EvidenceLevel evidenceLevel,
    ActivityStatus activityStatus,
    String language) {
  public static final PracticeFilter NONE = new PracticeFilter(Map.of(), null, null, null, null);

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
