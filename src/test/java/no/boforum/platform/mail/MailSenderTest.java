package no.boforum.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender against real sockets: a server that refuses, one that accepts and never answers, and a
 * real SMTP server (GreenMail). Mail waits through an outage of any length without using up its
 * attempts, and goes once when the server is back.
 */
class MailSenderTest {
  private final MailSender sender = new MailSender();

  /** What the sender stored, in order: each message right after it was tried. */
  private final List<MailMessage> recorded = new java.util.ArrayList<>();

  @BeforeEach
  void settings() {
    MailSettings settings = new MailSettings();
    settings.host = Optional.of("127.0.0.1");
    settings.user = Optional.empty();
    settings.password = Optional.empty();
    settings.startTls = false;
    settings.from = "Boforum <ikke-svar@boforum.test>";
    settings.timeoutSeconds = 1;
    sender.settings = settings;
    sender.metrics =
        new MailMetrics() {
          @Override
          void sent() {}

          @Override
          void failed() {}
        };
  }

  private static MailMessage message(String to) {
    return new MailMessage(to, "Emne", "Tekst", null, null, LocalDateTime.now());
  }

  @Test
  void aRefusalIsLoggedByItsCodeWithoutTheServersTextWhichNamesTheRecipient() {
    jakarta.mail.MessagingException refused =
        new jakarta.mail.MessagingException(
            "Invalid Addresses",
            new jakarta.mail.SendFailedException(
                "550 5.1.1 <kari.nordmann@example.org>: Recipient address rejected"));
    String logged = MailSender.refusal(refused);
    assertEquals("SMTP 550, MessagingException < SendFailedException", logged);
    assertFalse(logged.contains("kari.nordmann"), logged);
    assertEquals(
        "IllegalStateException", MailSender.refusal(new IllegalStateException("no From address")));
  }

  @Test
  void aServerThatRefusesLeavesEveryMessageWaitingWithNoAttemptUsed() throws Exception {
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      sender.settings.port = closed.getLocalPort();
    }
    List<MailMessage> messages = List.of(message("a@boforum.test"), message("b@boforum.test"));
    for (int run = 0; run < MailOutbox.MAX_ATTEMPTS + 1; run++) {
      messages.forEach(m -> m.markClaimed(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(5)));
      MailSender.Batch batch = sender.deliver(messages, sender.session(), recorded::add);
      assertTrue(batch.serverUnreachable(), batch.toString());
    }
    for (MailMessage m : messages) {
      assertEquals(0, m.getAttempts(), "an outage uses up no attempt");
      assertNull(m.getSentAt());
      assertNull(m.getNextAttemptAt(), "its claim let go: the next run takes it");
    }
    assertEquals(2 * (MailOutbox.MAX_ATTEMPTS + 1), recorded.size(), "each try recorded");
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersTimesOutAndLeavesTheMessagesWaiting() throws Exception {
    // The kernel completes the connection in the backlog; nobody ever reads or writes on it.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      sender.settings.port = silent.getLocalPort();
      List<MailMessage> messages = List.of(message("a@boforum.test"), message("b@boforum.test"));
      MailSender.Batch batch = sender.deliver(messages, sender.session(), recorded::add);
      assertTrue(batch.serverUnreachable(), batch.toString());
      for (MailMessage m : messages) {
        assertEquals(0, m.getAttempts());
        assertNull(m.getSentAt());
      }
    }
  }

  @Test
  void aRealServerGetsEachMessageOnceAndARefusedMessageUsesAnAttempt() throws Exception {
    GreenMail server =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
    try {
      sender.settings.port = server.getSmtp().getPort();
      MailMessage first = message("first@boforum.test");
      MailMessage broken = message("not an address");
      MailMessage last = message("last@boforum.test");
      LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC);
      MailSender.Batch batch =
          sender.deliver(List.of(first, broken, last), sender.session(), recorded::add);
      assertFalse(batch.serverUnreachable(), batch.toString());
      assertEquals(1, batch.failed(), "run() claims no further batch after this one");
      assertNotNull(first.getSentAt());
      assertNotNull(last.getSentAt());
      assertNull(broken.getSentAt());
      assertEquals(1, broken.getAttempts(), "the message's own fault uses an attempt");
      assertTrue(
          !broken.getNextAttemptAt().isBefore(before.plusMinutes(1)),
          "the refused message waits a minute: " + broken.getNextAttemptAt());
      assertNull(first.getNextAttemptAt());
      List<String> received =
          Arrays.stream(server.getReceivedMessages()).map(MailSenderTest::recipient).toList();
      assertEquals(List.of("first@boforum.test", "last@boforum.test"), received);
      assertEquals(List.of(first, broken, last), recorded, "each recorded as soon as tried");
    } finally {
      server.stop();
    }
  }

  @Test
  void aMessageThatCannotBeRecordedEndsTheBatchBeforeTheNextIsSent() throws Exception {
    GreenMail server =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
    try {
      sender.settings.port = server.getSmtp().getPort();
      MailMessage first = message("first@boforum.test");
      MailMessage second = message("second@boforum.test");
      IllegalStateException down = new IllegalStateException("the database is gone");
      IllegalStateException thrown =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalStateException.class,
              () ->
                  sender.deliver(
                      List.of(first, second),
                      sender.session(),
                      m -> {
                        throw down;
                      }));
      assertEquals(down, thrown);
      // The first went and may go again once its claim runs out; the second was not sent.
      assertEquals(1, server.getReceivedMessages().length);
      assertNull(second.getSentAt());
    } finally {
      server.stop();
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
