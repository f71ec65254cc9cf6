package no.boforum.matching.conversation;

import java.time.LocalDateTime;
import java.util.List;
import no.boforum.identity.OrganisationRef;

/**
 * A conversation as one of its readers may see it. People are named only to the two parties: one's
 * own side always, the other side once it has shared its contact details; a moderator sees the
 * organisations only.
 *
 * @param path the page's address relative to the portal's root
 * @param mine which side the reader writes for: OWNER, WRITER, or null (a moderator)
 * @param mayTakePart whether the reader may answer, share and flag
 */
public record ConversationDetails(
    long id,
    String path,
    long postingId,
    String postingTitle,
    String postingPath,
    Party owner,
    Party writer,
    String mine,
    boolean mayTakePart,
    boolean flagged,
    LocalDateTime flaggedAt,
    String flagReason,
    List<Line> lines) {

  /**
   * One of the two organisations, and its contact details when it shared them and the reader may
   * see them.
   */
  public record Party(
      OrganisationRef organisation, boolean shared, String contactName, String contactEmail) {}

  /**
   * A line: a message ({@code TEXT}) or what a side did ({@code SHARED}, {@code FLAGGED}).
   *
   * @param side OWNER or WRITER
   * @param writer the writer's name, when the reader may see who wrote and the account stands
   * @param formerMember the reader may see who wrote, but that account is deleted
   */
  public record Line(
      long id,
      String kind,
      String side,
      String writer,
      boolean formerMember,
      LocalDateTime at,
      String text) {}

  /** The reader's own side, or null. */
  public Party myParty() {
    return "OWNER".equals(mine) ? owner : "WRITER".equals(mine) ? writer : null;
  }
}
