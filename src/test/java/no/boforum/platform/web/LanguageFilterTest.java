package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageFilterTest {
  @Test
  void removesOnlyTheLanguageParameter() {
    assertEquals("q=bolig&page=2", LanguageFilter.withoutLang("q=bolig&lang=nn&page=2"));
    assertEquals("", LanguageFilter.withoutLang("lang=en"));
    assertEquals("language=nn", LanguageFilter.withoutLang("language=nn&lang=nb"));
    assertEquals("", LanguageFilter.withoutLang(null));
    assertEquals("q=x", LanguageFilter.withoutLang("q=x&%6Cang=en"), "names are compared decoded");
  }

  @Test
  void redirectsOnlyWithinThisSite() {
    assertEquals("/search", LanguageFilter.safePath("/search"));
    assertEquals("/", LanguageFilter.safePath("//evil.example/x"));
    assertEquals("/", LanguageFilter.safePath("/\\evil.example"));
    assertEquals("/", LanguageFilter.safePath("https://evil.example/"));
  }
}
