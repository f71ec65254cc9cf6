package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MalformedRequestFilterTest {

  @Test
  void aQueryOfUtf8IsTaken() {
    assertTrue(MalformedRequestFilter.isUtf8(null));
    assertTrue(MalformedRequestFilter.isUtf8("q=bolig+i+Troms%C3%B8&theme=bomestring"));
    assertTrue(MalformedRequestFilter.isUtf8("q=%F0%9F%98%80"));
  }

  @Test
  void bytesThatAreNotUtf8OrBrokenEscapesAreNot() {
    assertFalse(MalformedRequestFilter.isUtf8("q=%FF"));
    assertFalse(MalformedRequestFilter.isUtf8("q=ab%C3%28"));
    assertFalse(MalformedRequestFilter.isUtf8("q=%C3"));
    assertFalse(MalformedRequestFilter.isUtf8("q=%G1"));
    assertFalse(MalformedRequestFilter.isUtf8("q=100%"));
  }
}
