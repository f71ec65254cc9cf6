package no.boforum.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import no.boforum.platform.InputProblem;
import org.junit.jupiter.api.Test;

/**
 * A display name is one line of plain text, whatever its source (a form, the API or an identity
 * provider): the input rule drops control and bidirectional characters, and line breaks and tabs
 * become one space, so that no name breaks a line of the audit log or an export.
 */
class DisplayNameTest {
  @Test
  void aNameIsOneLineOfText() {
    assertEquals("Nina Nordmann", AccountService.requireName(" Nina\n\tNordmann \r\n"));
    assertEquals("Nina yN", AccountService.requireName("Nina \u202EyN\u0007"));
  }

  @Test
  void aNameOfNothingButControlsIsRequired() {
    assertThrows(InputProblem.class, () -> AccountService.requireName("\u202E\n\t\u0000"));
  }
}
