package no.boforum.platform.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebAddressesTest {
  @Test
  void takesWebAddressesAlsoInNorwegianLetters() {
    for (String ok :
        new String[] {
          "https://www.husbanken.no/",
          "http://example.org",
          "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d",
          "https://bærum.kommune.no/møte?rom=Ål#start",
          "https://zoom.us:443/j/123"
        }) {
      assertTrue(WebAddresses.isWebAddress(ok), ok);
    }
  }

  @Test
  void refusesWhatIsNoWebAddress() {
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "https://",
          "http://a b.no/",
          "ftp://example.org/file",
          "data:text/html,<script>alert(1)</script>",
          "www.husbanken.no",
          "https://" + "a".repeat(500) + ".no",
          ""
        }) {
      assertFalse(WebAddresses.isWebAddress(bad), bad);
    }
  }
}
