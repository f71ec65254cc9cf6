package no.boforum.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** A participant's own text never runs as a formula when the hosts open the CSV in Excel. */
class ParticipantsCsvTest {
  @Test
  void formulasBecomeText() {
    assertArrayEquals(
        new Object[] {
          "'=HYPERLINK(\"http://x\")", "'+47 99", "'-1", "'@SUM(A1)", "'\tx", "Åse", 3, null, ""
        },
        Participants.cells(
            "=HYPERLINK(\"http://x\")", "+47 99", "-1", "@SUM(A1)", "\tx", "Åse", 3, null, ""));
  }
}
