package no.boforum.opendata.feed;

import java.time.Instant;

/**
 * One entry: a public item as plain text.
 *
 * @param id a stable {@code tag:} URI ({@link #tag}) that no change of title or address alters
 * @param path the item's public page, relative to the portal's root
 * @param published when it first appeared, or null
 * @param summary plain text (the writer escapes it), or null
 * @param author the organisation that owns it, or null for the feed's author (the portal)
 */
public record FeedEntry(
    String id,
    String title,
    String path,
    Instant updated,
    Instant published,
    String summary,
    String author) {

  /** A {@code tag:} URI (RFC 4151) for an item of a kind, by its key. */
  public static String tag(String kind, Object key) {
    return "tag:boforum.no,2026:" + kind + ":" + key;
  }
}
