package no.boforum.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The mail queue's claim on the real database (in the container, InContainerIT): a message the
 * server refused waits its turn ({@link MailMessage#retryDelay}), one whose turn has come is taken
 * with those never tried. Everything happens in one transaction that is rolled back, so the
 * instance's own sender never sees these rows.
 */
@Dependent
public class MailQueueScenario {
  @Inject MailOutbox outbox;
  @Inject UserTransaction transaction;
  @PersistenceContext EntityManager em;

  public void aRefusedMessageWaitsItsTurnAndTheOthersGo() throws Exception {
    LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
    transaction.begin();
    try {
      MailMessage fresh = message("fresh@boforum.test", now);
      MailMessage refused = message("refused@boforum.test", now);
      refused.markFailed("451 greylisted", now);
      MailMessage due = message("due@boforum.test", now.minusHours(1));
      due.markFailed("451 greylisted", now.minusHours(1));
      for (MailMessage m : List.of(fresh, refused, due)) {
        em.persist(m);
      }
      em.flush();
      List<String> claimed =
          outbox.claimUnsent(10_000).stream().map(MailMessage::getRecipient).toList();
      assertTrue(claimed.contains("fresh@boforum.test"), claimed.toString());
      assertFalse(claimed.contains("refused@boforum.test"), "claimed before its turn: " + claimed);
      assertTrue(claimed.contains("due@boforum.test"), claimed.toString());
      assertEquals(1, refused.getAttempts());
    } finally {
      transaction.rollback();
    }
  }

  private static MailMessage message(String to, LocalDateTime createdAt) {
    return new MailMessage(to, "Emne", "Tekst", null, null, createdAt);
  }
}
