package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.boforum.identity.AccountDeleted;
import no.boforum.identity.PersonalData;
import no.boforum.platform.ApplicationStartup.Started;
import no.boforum.platform.Phase;
import no.boforum.platform.StartPhase;
import no.boforum.platform.text.Digests;
import no.boforum.platform.text.SignedLinks;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret addresses of personal calendar feeds (table {@code event_calendar_feed}, V13): one per
 * person, made at the first ask. The token is the HMAC of the person and a random salt under the
 * key {@value #PURPOSE} (256 bits), so the owner can be shown the same address again; the table
 * keeps its SHA-256 to find the feed by. Renewal draws a new salt: the old address stops at once.
 */
@ApplicationScoped
public class CalendarFeeds implements PersonalData {
  static final String PURPOSE = "calendar-feed";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject SignedLinks links;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  Clock clock = Clock.systemUTC();

  void prepareKey(@Observes @Phase(StartPhase.REFERENCE_DATA) Started started) {
    links.prepare(PURPOSE);
  }

  /** The address of the person's feed, if they made one. */
  @Transactional
  public Optional<String> existing(long userId) {
    @SuppressWarnings("unchecked")
    List<String> salts =
        em.createNativeQuery("SELECT salt FROM event_calendar_feed WHERE user_id = ?")
            .setParameter(1, userId)
            .getResultList();
    return salts.stream().findFirst().map(salt -> address(token(userId, salt)));
  }

  /** The address of the person's feed, made now if they had none. */
  @Transactional
  public String address(long userId) {
    String salt = salt();
    em.createNativeQuery(
            "INSERT IGNORE INTO event_calendar_feed (user_id, salt, token_hash, created_at)"
                + " VALUES (?, ?, ?, ?)")
        .setParameter(1, userId)
        .setParameter(2, salt)
        .setParameter(3, Digests.sha256(token(userId, salt)))
        .setParameter(4, LocalDateTime.now(clock))
        .executeUpdate();
    return address(token(userId, storedSalt(userId)));
  }

  /** A new address for the person's feed; the old one answers 404 from now on. */
  @Transactional
  public String renew(long userId) {
    address(userId);
    String salt = salt();
    String token = token(userId, salt);
    em.createNativeQuery(
            "UPDATE event_calendar_feed SET salt = ?, token_hash = ?, created_at = ?"
                + " WHERE user_id = ?")
        .setParameter(1, salt)
        .setParameter(2, Digests.sha256(token))
        .setParameter(3, LocalDateTime.now(clock))
        .setParameter(4, userId)
        .executeUpdate();
    return address(token);
  }

  /** Whose feed the token opens, if any. */
  @Transactional
  public Optional<Long> owner(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Number> owners =
        em.createNativeQuery("SELECT user_id FROM event_calendar_feed WHERE token_hash = ?")
            .setParameter(1, Digests.sha256(token))
            .getResultList();
    return owners.stream().findFirst().map(Number::longValue);
  }

  @Override
  public String section() {
    return "calendarFeed";
  }

  /** "Download my data": the person's feed address and when it was made, or null for none. */
  @Override
  @Transactional
  public Object of(long userId) {
    @SuppressWarnings("unchecked")
    List<Object> made =
        em.createNativeQuery("SELECT created_at FROM event_calendar_feed WHERE user_id = ?")
            .setParameter(1, userId)
            .getResultList();
    if (made.isEmpty()) {
      return null;
    }
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("address", existing(userId).orElse(null));
    feed.put("madeAt", String.valueOf(made.get(0)));
    return feed;
  }

  /** A deleted account's feed goes with it, in the deleting transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  void accountDeleted(@Observes AccountDeleted deleted) {
    em.createNativeQuery("DELETE FROM event_calendar_feed WHERE user_id = ?")
        .setParameter(1, deleted.userId())
        .executeUpdate();
  }

  private String storedSalt(long userId) {
    return (String)
        em.createNativeQuery("SELECT salt FROM event_calendar_feed WHERE user_id = ?")
            .setParameter(1, userId)
            .getSingleResult();
  }

  private String token(long userId, String salt) {
    return links.mac(PURPOSE, userId + ":" + salt);
  }

  private String address(String token) {
    return PublicUrls.base(publicUrl) + "api/calendar/" + token + ".ics";
  }

  private static String salt() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
