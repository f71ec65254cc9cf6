package no.boforum.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import no.boforum.platform.Conflict;
import org.junit.jupiter.api.Test;

/**
 * The life of a need or an offer: the moves its owner may make, expiry by date only, and no opening
 * again of a posting whose date has passed.
 */
class PostingStateTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);

  /** A confirmation cutoff long before the posting was made: its confirmation is not due. */
  static final LocalDateTime UNDUE = NOW.minusYears(1);

  private static Posting posting(LocalDate expiresOn) {
    Posting p = new Posting(Side.NEED, 1L, NOW);
    p.apply(
        new PostingData.Valid("Tittel", "Tekst", null, null, expiresOn, Set.of(), Set.of()), NOW);
    return p;
  }

  @Test
  void theOwnersMovesFollowTheLife() {
    Posting p = posting(TODAY.plusDays(30));
    assertEquals(PostingState.OPEN, p.getState());
    p.move(PostingState.IN_DIALOGUE, TODAY, NOW);
    p.move(PostingState.MATCHED, TODAY, NOW);
    p.move(PostingState.DONE, TODAY, NOW);
    assertEquals(PostingState.DONE, p.getState());
    assertThrows(Conflict.class, () -> p.move(PostingState.OPEN, TODAY, NOW));
  }

  @Test
  void expiryComesByDateNotByHand() {
    for (PostingState s : PostingState.values()) {
      assertFalse(s.movesTo().contains(PostingState.EXPIRED), s + " moves to EXPIRED by hand");
    }
    Posting p = posting(TODAY.minusDays(1));
    assertFalse(posting(TODAY).expireIfDue(TODAY, UNDUE, NOW), "it stands through its last day");
    assertTrue(p.expireIfDue(TODAY, UNDUE, NOW));
    assertEquals(PostingState.EXPIRED, p.getState());
    assertFalse(p.expireIfDue(TODAY, UNDUE, NOW), "expired once");
    assertThrows(Conflict.class, () -> p.move(PostingState.OPEN, TODAY, NOW));
  }

  @Test
  void aWithdrawnPostingOpensAgainWhileItsDateStands() {
    Posting p = posting(TODAY.plusDays(1));
    p.move(PostingState.WITHDRAWN, TODAY, NOW);
    assertFalse(p.getState().isCurrent());
    assertFalse(p.expireIfDue(TODAY.plusDays(5), UNDUE, NOW), "only current postings expire");
    p.move(PostingState.OPEN, TODAY, NOW);
    assertTrue(p.getState().isCurrent());
  }

  @Test
  void gettingInTouchMovesOnlyAnOpenPostingIntoDialogue() {
    Posting open = posting(TODAY.plusDays(30));
    assertTrue(open.enterDialogue(NOW));
    assertEquals(PostingState.IN_DIALOGUE, open.getState());
    assertFalse(open.enterDialogue(NOW), "in dialogue already");
    Posting matched = posting(TODAY.plusDays(30));
    matched.move(PostingState.MATCHED, TODAY, NOW);
    assertFalse(matched.enterDialogue(NOW));
    assertEquals(PostingState.MATCHED, matched.getState());
  }
}
