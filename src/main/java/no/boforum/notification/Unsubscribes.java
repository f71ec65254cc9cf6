package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.ProfileService;
import no.boforum.platform.ApplicationStartup.Started;
import no.boforum.platform.Phase;
import no.boforum.platform.StartPhase;
import no.boforum.platform.text.SignedLinks;

/**
 * One-click unsubscribe (RFC 8058): every mail of notifications carries a signed token naming its
 * person and the kinds it told of, valid for {@link #VALID} and usable without logging in. Using it
 * stops the mail of those kinds; they still reach the bell.
 */
@ApplicationScoped
public class Unsubscribes {
  static final String PURPOSE = "notification-unsubscribe";
  static final Duration VALID = Duration.ofDays(60);

  /** What a valid token names. */
  public record Stop(long userId, List<String> kinds) {}

  @Inject SignedLinks links;
  @Inject NotificationPreferences preferences;
  @Inject ProfileService profiles;
  Clock clock = Clock.systemUTC();

  void prepareKey(@Observes @Phase(StartPhase.REFERENCE_DATA) Started started) {
    links.prepare(PURPOSE);
  }

  String token(long userId, Collection<String> kinds) {
    return links.sign(
        PURPOSE, userId + ":" + String.join(",", kinds), Instant.now(clock).plus(VALID));
  }

  /** What a token names, if it is signed, unaltered, unexpired and for unsubscribing. */
  public Optional<Stop> read(String token) {
    return links
        .verify(PURPOSE, token)
        .map(s -> s.split(":", 2))
        .filter(p -> p.length == 2 && p[0].matches("\\d{1,18}") && !p[1].isEmpty())
        .map(p -> new Stop(Long.parseLong(p[0]), Arrays.asList(p[1].split(","))));
  }

  /**
   * Stops what the token names; false (and nothing changed) for a token not valid, or one of a
   * deleted account.
   */
  @Transactional
  public boolean apply(String token) {
    Optional<Stop> stop =
        read(token).filter(s -> !profiles.existing(List.of(s.userId())).isEmpty());
    stop.ifPresent(s -> preferences.stopMail(s.userId(), s.kinds()));
    return stop.isPresent();
  }
}
