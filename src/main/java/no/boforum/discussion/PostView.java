package no.boforum.discussion;

import java.time.OffsetDateTime;
import java.util.List;
import no.boforum.practice.PracticeCards.Card;

/**
 * A post as readers see it: its text as written and as sanitised HTML (both null once its author
 * deleted it), what it quotes, its helpful marks and whether it is an accepted answer; for the
 * reader, whether they marked it and whether they may change it. A post hidden by moderation shows
 * its text only to its author and moderators ({@code state} HIDDEN, {@code underReview} while a
 * moderator has yet to decide); one waiting for approval (PENDING) is shown to them only. {@code
 * practices} are the published practices its links name (shown as cards), {@code authorHandle} what
 * others type to mention its author.
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
    long version,
    PostState state,
    boolean underReview,
    boolean mayFlag,
    boolean flagged,
    List<Card> practices,
    String authorHandle) {

  /** The post a reply quotes: its author and text (null when deleted). */
  public record Quote(long postId, String authorName, String html) {}
}
