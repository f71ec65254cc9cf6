package no.boforum.platform.mail;

/**
 * A text file that goes with a message, such as an event's {@code .ics}.
 *
 * @param contentType the whole MIME type with its parameters, e.g. {@code text/calendar;
 *     charset=UTF-8; method=PUBLISH}
 */
public record MailAttachment(String fileName, String contentType, String content) {
  public MailAttachment {
    if (fileName == null || fileName.isBlank() || contentType == null || content == null) {
      throw new IllegalArgumentException("An attachment needs a file name, a type and content");
    }
  }
}
