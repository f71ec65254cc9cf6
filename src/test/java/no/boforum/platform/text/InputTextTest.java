package no.boforum.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class InputTextTest {

  @Test
  void keepsWhatPeopleWrite() {
    String text = "Bustad for alle\tÆØÅ æøå – «sitat» 😀 עברית\u200F 1\n2";
    assertSame(text, InputText.clean(text));
    assertNull(InputText.clean(null));
  }

  @Test
  void dropsControlCharactersButTabsAndLineBreaks() {
    assertEquals("ab\tc\nd", InputText.clean("a\u0000b\t\u0007c\n\u001Bd\u007F\u0085\u009F"));
  }

  @Test
  void makesEveryLineBreakALineFeed() {
    assertEquals("ein\nto\ntre\n\nfire", InputText.clean("ein\r\nto\rtre\n\r\nfire"));
  }

  @Test
  void dropsBidirectionalOverridesAndIsolatesButKeepsTheMarks() {
    assertEquals(
        "Kari exe.txt\u200E\u200F",
        InputText.clean(
            "\u202AK\u202Ba\u202Cr\u202Di\u202E exe.txt\u2066\u2067\u2068\u2069\u200E\u200F"));
  }

  @Test
  void dropsPrivateUseAndLoneSurrogates() {
    assertEquals(
        "gammelny", InputText.clean("\uE000gammel\uE001\uE002ny\uE003\uF8FF\uDB80\uDC00\uD800"));
  }
}
