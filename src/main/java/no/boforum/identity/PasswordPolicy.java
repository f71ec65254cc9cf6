package no.boforum.identity;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says why a password is too weak, in a message key: too short, too long, or easy to guess
 * (zxcvbn's estimate, which knows common passwords, names, dates, keyboard patterns and the
 * person's own name and email).
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;
  private static final int MIN_SCORE = 3;
  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  private PasswordPolicy() {}

  /** The message key of the first problem, or empty if the password is acceptable. */
  public static Optional<String> problem(String password, String... personalWords) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String w : personalWords) {
      if (w == null || w.isBlank()) {
        continue;
      }
      String word = w.toLowerCase(Locale.ROOT);
      // The whole name or the address before the @ inside the password: guessed first.
      String whole =
          word.contains("@") ? word.substring(0, word.indexOf('@')) : word.replaceAll("\\s", "");
      if (whole.length() >= 4 && lower.replaceAll("\\s", "").contains(whole)) {
        return Optional.of("password.guessable");
      }
      words.add(word);
      words.addAll(List.of(word.split("[@.\\s_-]+")));
    }
    Strength strength = ZXCVBN.measure(password, words);
    return strength.getScore() < MIN_SCORE ? Optional.of("password.guessable") : Optional.empty();
  }
}
