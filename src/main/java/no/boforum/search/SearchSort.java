package no.boforum.search;

import java.util.Locale;

/** How hits are ordered: by relevance (the default), the newest first, or the best evidence. */
public enum SearchSort {
  RELEVANCE,
  NEWEST,
  EVIDENCE;

  /** The value in the address: {@code relevance}, {@code newest} or {@code evidence}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The order named by the address; anything else means relevance. */
  public static SearchSort parse(String text) {
    for (SearchSort s : values()) {
      if (s.parameter().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return s;
      }
    }
    return RELEVANCE;
  }
}
