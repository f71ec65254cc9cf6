package no.boforum.opendata.feed;

import java.util.List;

/**
 * A feed as its source gives it.
 *
 * @param title the feed's title, in the language asked for
 * @param page the address of the HTML list the feed follows, relative to the portal's root
 * @param entries newest first, at most {@link FeedSource#ENTRIES}
 */
public record Feed(String title, String page, List<FeedEntry> entries) {
  public Feed {
    entries = List.copyOf(entries);
  }
}
