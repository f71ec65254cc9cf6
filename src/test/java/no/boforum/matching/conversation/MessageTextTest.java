package no.boforum.matching.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import no.boforum.platform.InputProblem;
import org.junit.jupiter.api.Test;

/** A message and a flag's reason: stripped, required, and at most so long. */
class MessageTextTest {
  @Test
  void aMessageIsStrippedAndKeepsItsLines() {
    assertEquals("Hei\nhallo", MessageText.message("  Hei\nhallo \n"));
    assertEquals("<b>som tekst</b>", MessageText.message("<b>som tekst</b>"));
  }

  @Test
  void aBlankMessageIsRefusedBesideItsField() {
    InputProblem p = assertThrows(InputProblem.class, () -> MessageText.message(" \n "));
    assertEquals("text", p.field());
    assertEquals("matching.conversation.text.required", p.messageKey());
    assertThrows(InputProblem.class, () -> MessageText.message(null));
  }

  @Test
  void aLongMessageIsRefusedWithItsLength() {
    assertEquals(MessageText.MAX, MessageText.message("x".repeat(MessageText.MAX)).length());
    InputProblem p =
        assertThrows(
            InputProblem.class, () -> MessageText.message("x".repeat(MessageText.MAX + 1)));
    assertEquals("matching.conversation.text.tooLong", p.messageKey());
    assertArrayEquals(new Object[] {MessageText.MAX, MessageText.MAX + 1}, p.arguments());
  }

  @Test
  void aFlagNeedsAReason() {
    InputProblem p = assertThrows(InputProblem.class, () -> MessageText.reason(""));
    assertEquals("reason", p.field());
    assertThrows(
        InputProblem.class, () -> MessageText.reason("x".repeat(MessageText.REASON_MAX + 1)));
  }
}
