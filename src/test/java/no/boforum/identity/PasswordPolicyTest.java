package no.boforum.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void tooShortSaysSo() {
    assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("Kort1!"));
  }

  @Test
  void commonPasswordsAndPatternsAreGuessable() {
    assertEquals(Optional.of("password.guessable"), PasswordPolicy.problem("password1234"));
    assertEquals(Optional.of("password.guessable"), PasswordPolicy.problem("qwertyuiop12"));
  }

  @Test
  void thePersonsOwnNameOrEmailIsGuessable() {
    assertEquals(
        Optional.of("password.guessable"),
        PasswordPolicy.problem(
            "kari.nordmann2024", "kari.nordmann@bergen.kommune.no", "Kari Nordmann"));
  }

  @Test
  void severalUnrelatedWordsAreAccepted() {
    assertEquals(Optional.empty(), PasswordPolicy.problem("Husbanken-forum-2026!"));
    assertEquals(Optional.empty(), PasswordPolicy.problem("bustad tillit fjellet sykkel"));
  }
}
