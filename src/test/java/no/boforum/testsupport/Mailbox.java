package no.boforum.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 that receives the portal's mail, and the tests' way
 * to read it: wait for the newest message to an address, find the link in it, read its attachments.
 */
public final class Mailbox implements AutoCloseable {
  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private final GreenMail server;

  private Mailbox(GreenMail server) {
    this.server = server;
  }

  public static Mailbox start(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new Mailbox(server);
  }

  /** A file that came with a message: its name, its whole Content-Type and its text. */
  public record Attachment(String fileName, String contentType, String content) {}

  /**
   * A received message, as text (the text part of a multipart message), its attachments, and its
   * headers (the first value of each, by name).
   */
  public record Mail(
      String to,
      String subject,
      String body,
      List<Attachment> attachments,
      java.util.Map<String, String> headers) {
    /** The first link in the body that contains {@code part}. */
    public String link(String part) {
      Matcher m = LINK.matcher(body);
      while (m.find()) {
        if (m.group().contains(part)) {
          return m.group();
        }
      }
      throw new AssertionError("No link with '" + part + "' in the mail:\n" + body);
    }
  }

  /** Waits for the {@code n}th message (counting from 1) to {@code to}. */
  public Mail await(String to, int n, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<MimeMessage> mine = to(to);
      if (mine.size() >= n) {
        return text(mine.get(n - 1));
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "Mail number " + n + " to " + to + " did not arrive within " + timeout.toSeconds() + " s");
  }

  /** How many messages {@code to} has received. */
  public int count(String to) {
    return to(to).size();
  }

  private List<MimeMessage> to(String to) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(to));
              } catch (MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private static Mail text(MimeMessage m) {
    try {
      String body;
      List<Attachment> attachments = new ArrayList<>();
      if (m.getContent() instanceof Multipart parts) {
        body = null;
        for (int i = 0; i < parts.getCount(); i++) {
          Part part = parts.getBodyPart(i);
          if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(
                new Attachment(part.getFileName(), part.getContentType(), decoded(part)));
          } else if (body == null && part.isMimeType("text/plain")) {
            body = part.getContent().toString();
          }
        }
      } else {
        body = m.getContent().toString();
      }
      return new Mail(
          m.getRecipients(Message.RecipientType.TO)[0].toString(),
          m.getSubject(),
          body == null ? "" : body.replace("\r\n", "\n"),
          List.copyOf(attachments),
          headers(m));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.util.Map<String, String> headers(MimeMessage m) throws MessagingException {
    java.util.Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    var all = m.getAllHeaders();
    while (all.hasMoreElements()) {
      jakarta.mail.Header h = all.nextElement();
      headers.putIfAbsent(h.getName(), h.getValue());
    }
    return headers;
  }

  /**
   * The part's text in the charset its type names (text/calendar is not a String to Jakarta Mail).
   */
  private static String decoded(Part part) throws MessagingException, IOException {
    String charset = new ContentType(part.getContentType()).getParameter("charset");
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), Charset.forName(charset == null ? "UTF-8" : charset));
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
