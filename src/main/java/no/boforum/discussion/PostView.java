package no.boforum.discussion;

import java.time.OffsetDateTime;

/**
 * A post as readers see it: its text as written and as sanitised HTML (both null once its author
 * deleted it), what it quotes, its helpful marks and whether it is an accepted answer; for the
 * reader, whether they marked it and whether they may change it.
 */
public record PostView(
    long id,
    String authorName,
    boolean byAsker,
    OffsetDateTime createdAt,
    OffsetDateTime editedAt,
    boolean deleted,
    String body,
    String html,
    Quote quote,
    long helpful,
    boolean markedHelpful,
    boolean accepted,
    boolean mine,
    long version) {

  /** The post a reply quotes: its author and text (null when deleted). */
  public record Quote(long postId, String authorName, String html) {}
}
