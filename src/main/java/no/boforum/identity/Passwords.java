package no.boforum.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA-512, 210 000 iterations as
 * OWASP advises, 32-byte salt). The stored form names its parameters, so they can be raised later.
 */
@ApplicationScoped
public class Passwords {
  /** Checked against when the account does not exist, so that timing does not reveal accounts. */
  private String decoy;

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("not a password of anyone".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /** True if {@code password} matches {@code stored}; a null {@code stored} never matches. */
  public boolean matches(String password, String stored) {
    boolean matches = hash.verify(password.toCharArray(), stored == null ? decoy : stored);
    return stored != null && matches;
  }
}
