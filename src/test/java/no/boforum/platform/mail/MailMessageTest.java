package no.boforum.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A refused message waits longer after each refusal, and never more than four hours. */
class MailMessageTest {
  @Test
  void theWaitDoublesFromAMinuteUpToFourHours() {
    assertEquals(Duration.ofMinutes(1), MailMessage.retryDelay(1));
    assertEquals(Duration.ofMinutes(2), MailMessage.retryDelay(2));
    assertEquals(Duration.ofMinutes(4), MailMessage.retryDelay(3));
    assertEquals(Duration.ofMinutes(128), MailMessage.retryDelay(8));
    assertEquals(Duration.ofHours(4), MailMessage.retryDelay(9));
    assertEquals(Duration.ofHours(4), MailMessage.retryDelay(40));
    // From the first try to the last of the ten: about eight hours.
    long minutes =
        IntStream.range(1, MailOutbox.MAX_ATTEMPTS)
            .mapToLong(a -> MailMessage.retryDelay(a).toMinutes())
            .sum();
    assertEquals(1 + 2 + 4 + 8 + 16 + 32 + 64 + 128 + 240, minutes);
  }

  @Test
  void aRefusalCountsAnAttemptAndSetsTheNextTry() {
    LocalDateTime now = LocalDateTime.of(2026, 12, 4, 7, 30);
    MailMessage m = new MailMessage("a@boforum.test", "Emne", "Tekst", null, null, now);
    m.markFailed("451 greylisted", now);
    m.markFailed("451 greylisted", now.plusMinutes(1));
    assertEquals(2, m.getAttempts());
    assertEquals(now.plusMinutes(1).plusMinutes(2), m.getNextAttemptAt());
  }

  @Test
  void aClaimHoldsTheMessageUntilItsFateIsKnown() {
    LocalDateTime now = LocalDateTime.of(2026, 12, 4, 7, 30);
    MailMessage m = new MailMessage("a@boforum.test", "Emne", "Tekst", null, null, now);
    m.markClaimed(now.plusMinutes(15));
    assertEquals(now.plusMinutes(15), m.getNextAttemptAt(), "not taken again meanwhile");
    m.markDeferred("connection refused");
    assertEquals(null, m.getNextAttemptAt(), "the server was away: the next run takes it");
    assertEquals(0, m.getAttempts());
    m.markClaimed(now.plusMinutes(15));
    m.markSent(now);
    assertEquals(null, m.getNextAttemptAt());
  }
}
