package no.boforum.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void norwegianLettersAndSamiAccentsBecomeAddressLetters() {
    assertEquals("frivilligsentralen-i-al", Slugs.of("Frivilligsentralen i Ål"));
    assertEquals("baerum-kommune", Slugs.of("Bærum kommune"));
    assertEquals("guovdageaidnu-kautokeino", Slugs.of("Guovdageaidnu - Kautokeino"));
    assertEquals("kirkens-bymisjon-oslo", Slugs.of("  Kirkens Bymisjon (Oslo)  "));
  }

  @Test
  void aNameWithoutLettersStillGetsAnAddress() {
    assertEquals("organisasjon", Slugs.of("!!!"));
  }
}
