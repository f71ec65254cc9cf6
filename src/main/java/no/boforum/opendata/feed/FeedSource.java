package no.boforum.opendata.feed;

import java.util.List;

/**
 * One feed's content, contributed by the feature that owns it and found through CDI: only what
 * everyone may read, never a person's name or address, at most {@link #ENTRIES} entries.
 */
public interface FeedSource {
  /** The most entries a feed holds. */
  int ENTRIES = 50;

  /** The feed's name in its address: {@code practices} answers {@code /feeds/practices.atom}. */
  String name();

  /** The parameters the feed takes; any other is refused. */
  List<String> parameters();

  /**
   * The feed for a request.
   *
   * @throws FeedProblem for a parameter with a value the feed does not know
   */
  Feed feed(FeedQuery query);
}
