package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.Optional;
import no.boforum.platform.ApplicationStartup.Started;
import no.boforum.platform.Phase;
import no.boforum.platform.StartPhase;
import no.boforum.platform.text.SignedLinks;

/**
 * The links in mails that cancel a registration without logging in: a signed token (see {@link
 * SignedLinks}) that names the registration and its arrival, valid until the event begins (then a
 * registration is attendance and is no longer cancelled). Registering again after a cancellation is
 * a new arrival, so an old link no longer cancels anything.
 */
@ApplicationScoped
public class CancelLinks {
  /** The purpose named in cancellation tokens. */
  static final String PURPOSE = "event-registration-cancel";

  /** What a valid token names; the caller compares the arrival with the registration's now. */
  public record Named(long registrationId, String arrival) {}

  @Inject SignedLinks links;
  @Inject RegistrationRepository registrations;
  @Inject EventRepository events;

  void prepareKey(@Observes @Phase(StartPhase.REFERENCE_DATA) Started started) {
    links.prepare(PURPOSE);
  }

  /** The token for this registration as it is now. */
  @Transactional
  public String token(long registrationId) {
    Registration r = registrations.findById(registrationId).orElseThrow();
    ForumEvent e = events.find(r.getEventId());
    return links.sign(PURPOSE, subject(r), EventTimes.zoned(e.getStartsAt()).toInstant());
  }

  /** What a token names, if it is signed, unaltered, unexpired and for this purpose. */
  public Optional<Named> read(String token) {
    return links
        .verify(PURPOSE, token)
        .map(s -> s.split("\\."))
        .filter(parts -> parts.length == 2)
        .map(parts -> new Named(number(parts[0]), parts[1]));
  }

  /** What a token names: the registration and its arrival. */
  static String subject(Registration r) {
    return r.getId() + "." + arrival(r);
  }

  /** The moment of the registration's arrival, in microseconds, as the column keeps it. */
  static String arrival(Registration r) {
    return Long.toString(
        r.getQueuedAt().toInstant(ZoneOffset.UTC).toEpochMilli() * 1000
            + r.getQueuedAt().getNano() / 1000 % 1000);
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
