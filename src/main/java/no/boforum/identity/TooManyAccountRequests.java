package no.boforum.identity;

import java.time.Duration;
import no.boforum.platform.InputProblem;

/**
 * Too many registrations or reset requests for one address or from one client: the message says how
 * many minutes to wait (rounded up), and the API answers 429 with {@code Retry-After}.
 */
public class TooManyAccountRequests extends InputProblem {
  private final Duration retryAfter;

  TooManyAccountRequests(Duration retryAfter) {
    super("email", "account.tooManyRequests", minutes(retryAfter));
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  private static long minutes(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
