package no.boforum.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A subject becomes one header line that fits the table. */
class MailOutboxTest {
  @Test
  void aLongOrBrokenSubjectBecomesOneLineThatFits() {
    assertEquals("A moderator hid it", MailOutbox.subjectLine(" A moderator\r\nhid it "));
    String line = MailOutbox.subjectLine("x".repeat(500));
    assertEquals(300, line.length());
    assertEquals('…', line.charAt(299));
    assertEquals("y".repeat(300), MailOutbox.subjectLine("y".repeat(300)));
  }
}
