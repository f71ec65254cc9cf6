package no.boforum.event;

import java.security.SecureRandom;

/**
 * Check-in codes: {@value #LENGTH} characters from an alphabet without look-alikes (no 0/O, 1/I/L,
 * 2/Z, 5/S, 8/B), so a host can read one off a phone and type it. Unique per event (a unique key);
 * the caller draws again while a code is taken.
 */
final class RegistrationCodes {
  static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
  static final int LENGTH = 7;
  private static final SecureRandom RANDOM = new SecureRandom();

  private RegistrationCodes() {}

  static String draw() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** A code as typed at check-in: upper case, without spaces or dashes. */
  static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }
}
