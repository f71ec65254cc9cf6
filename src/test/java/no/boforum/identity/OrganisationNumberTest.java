package no.boforum.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {
  @Test
  void realNumbersPassTheirCheckDigit() {
    assertTrue(OrganisationNumber.isValid("964338531"), "Bergen kommune");
    assertTrue(OrganisationNumber.isValid("958935420"), "Oslo kommune");
  }

  @Test
  void aChangedDigitOrAWrongLengthFails() {
    assertFalse(OrganisationNumber.isValid("964338532"));
    assertFalse(OrganisationNumber.isValid("96433853"));
    assertFalse(OrganisationNumber.isValid("9643385310"));
    assertFalse(OrganisationNumber.isValid("96433853a"));
    assertFalse(OrganisationNumber.isValid(null));
  }

  @Test
  void spacesAsPeopleTypeThemAreRemoved() {
    assertEquals("964338531", OrganisationNumber.normalise(" 964 338 531 "));
  }
}
