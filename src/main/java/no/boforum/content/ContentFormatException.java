package no.boforum.content;

/** A content file that cannot be imported; the message says why, in words an editor can act on. */
public class ContentFormatException extends Exception {
  public ContentFormatException(String message) {
    super(message);
  }

  public ContentFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
