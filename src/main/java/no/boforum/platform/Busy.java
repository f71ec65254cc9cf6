package no.boforum.platform;

/**
 * Too many requests for the same thing at once: the request was not carried out and may be tried
 * again in a moment. A {@link Conflict}, so pages show its message where they show conflicts; the
 * API answers 503 with {@code Retry-After}.
 */
public class Busy extends Conflict {
  public Busy(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
