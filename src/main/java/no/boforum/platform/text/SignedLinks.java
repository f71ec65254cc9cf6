package no.boforum.platform.text;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for links sent by mail that work without logging in (cancel a registration): a JWT signed
 * with HMAC-SHA256 (Nimbus JOSE), naming its purpose and subject and expiring. The key of each
 * purpose is made once and kept in the table {@code signing_key}, so every instance checks what
 * another signed. An altered, expired or foreign token is simply not valid. {@link #mac} makes
 * secrets for addresses that must be shown again (a calendar feed) from the same keys.
 *
 * <p>A feature names its purposes at start-up ({@link #prepare}): a key made on first use needs a
 * transaction (and a pooled connection) of its own, which a caller holding a row lock must not wait
 * for while every other connection waits for that lock.
 */
@ApplicationScoped
public class SignedLinks {
  @PersistenceContext EntityManager em;
  @Inject SignedLinks self;
  private final ConcurrentHashMap<String, byte[]> keys = new ConcurrentHashMap<>();
  Clock clock = Clock.systemUTC();

  /** A token for {@code subject} and {@code purpose}, valid until {@code expires}. */
  public String sign(String purpose, String subject, Instant expires) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader(JWSAlgorithm.HS256),
              new JWTClaimsSet.Builder()
                  .audience(purpose)
                  .subject(subject)
                  .issueTime(Date.from(Instant.now(clock)))
                  .expirationTime(Date.from(expires))
                  .build());
      jwt.sign(new MACSigner(key(purpose)));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing a link failed", e);
    }
  }

  /** The subject of a valid token for {@code purpose}; empty for anything else. */
  public Optional<String> verify(String purpose, String token) {
    if (token == null || token.isBlank() || token.length() > 2000) {
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new MACVerifier(key(purpose)))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date exp = claims.getExpirationTime();
      if (exp == null
          || !exp.toInstant().isAfter(Instant.now(clock))
          || !claims.getAudience().contains(purpose)) {
        return Optional.empty();
      }
      return Optional.ofNullable(claims.getSubject());
    } catch (ParseException | JOSEException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /**
   * The HMAC-SHA256 of {@code message} with the key of {@code purpose}, URL-safe base64: 256 bits
   * that nobody without the key can guess, and that the portal can make again from the message.
   */
  public String mac(String purpose, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(purpose), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
    }
  }

  /** Loads (or makes) the key of {@code purpose} now, so that no later signing has to. */
  public void prepare(String purpose) {
    key(purpose);
  }

  private byte[] key(String purpose) {
    return keys.computeIfAbsent(purpose, p -> self.loadOrMake(p));
  }

  /** The purpose's key, made now if no instance made it before (public: for the interceptor). */
  @Transactional(TxType.REQUIRES_NEW)
  public byte[] loadOrMake(String purpose) {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery(
            "INSERT IGNORE INTO signing_key (name, secret, created_at) VALUES (?, ?, NOW(6))")
        .setParameter(1, purpose)
        .setParameter(2, fresh)
        .executeUpdate();
    return (byte[])
        em.createNativeQuery("SELECT secret FROM signing_key WHERE name = ?")
            .setParameter(1, purpose)
            .getSingleResult();
  }
}
