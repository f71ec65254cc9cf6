package no.boforum.opendata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CatalogFormatTest {
  @Test
  void jsonLdWithoutAPreference() {
    assertEquals(CatalogFormat.JSON_LD, CatalogFormat.negotiate(null));
    assertEquals(CatalogFormat.JSON_LD, CatalogFormat.negotiate(""));
    assertEquals(CatalogFormat.JSON_LD, CatalogFormat.negotiate("*/*"));
    assertEquals(CatalogFormat.JSON_LD, CatalogFormat.negotiate("text/html,application/xml;q=0.9"));
  }

  @Test
  void turtleWhenPreferred() {
    assertEquals(CatalogFormat.TURTLE, CatalogFormat.negotiate("text/turtle"));
    assertEquals(
        CatalogFormat.TURTLE,
        CatalogFormat.negotiate("application/ld+json;q=0.5, text/turtle;q=0.9, */*;q=0.1"));
    assertEquals(CatalogFormat.TURTLE, CatalogFormat.negotiate("Text/Turtle; charset=UTF-8"));
  }

  @Test
  void jsonLdWhenItWeighsAsMuchOrMore() {
    assertEquals(
        CatalogFormat.JSON_LD, CatalogFormat.negotiate("text/turtle;q=0.5, application/ld+json"));
    assertEquals(
        CatalogFormat.JSON_LD, CatalogFormat.negotiate("application/ld+json, text/turtle"));
    assertEquals(CatalogFormat.JSON_LD, CatalogFormat.negotiate("text/turtle;q=zero"));
  }

  @Test
  void pathsNameTheirForm() {
    assertEquals(CatalogFormat.TURTLE, CatalogFormat.ofPath("/open-data/catalog.ttl"));
    assertEquals(CatalogFormat.JSON_LD, CatalogFormat.ofPath("/open-data/catalog.jsonld"));
    assertNull(CatalogFormat.ofPath("/open-data/catalog"));
  }
}
