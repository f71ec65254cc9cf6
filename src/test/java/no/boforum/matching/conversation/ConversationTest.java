package no.boforum.matching.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import no.boforum.platform.Conflict;
import org.junit.jupiter.api.Test;

/** Each side shares its contact details once, by whom it chose; a flag is raised once. */
class ConversationTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);

  @Test
  void eachSideSharesOnceAndOnItsOwn() {
    Conversation c = new Conversation(1L, 2L, NOW);
    assertFalse(c.isShared(true));
    assertFalse(c.isShared(false));
    c.share(false, 42L, NOW);
    assertTrue(c.isShared(false));
    assertFalse(c.isShared(true), "the other side has not shared");
    assertEquals(42L, c.sharedBy(false));
    assertThrows(Conflict.class, () -> c.share(false, 43L, NOW));
    c.share(true, 7L, NOW);
    assertEquals(7L, c.sharedBy(true));
  }

  @Test
  void aFlagIsRaisedOnce() {
    Conversation c = new Conversation(1L, 2L, NOW);
    c.flag(42L, "Grunn", NOW);
    assertTrue(c.isFlagged());
    assertEquals("Grunn", c.getFlagReason());
    assertThrows(Conflict.class, () -> c.flag(7L, "Igjen", NOW));
  }
}
