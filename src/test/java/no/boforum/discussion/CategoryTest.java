package no.boforum.discussion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A category says whether categories.yaml changed it, so that an unchanged file is reported so. */
class CategoryTest {
  @Test
  void theSamePlaceAndLabelsChangeNothingAndAnyDifferenceIsAChange() {
    Category c = new Category("erfaringer");
    assertTrue(c.relabel(0, "Erfaringer", "Erfaringar", "Experiences"), "a new category");
    assertFalse(c.relabel(0, "Erfaringer", "Erfaringar", "Experiences"));
    assertTrue(c.relabel(1, "Erfaringer", "Erfaringar", "Experiences"));
    assertTrue(c.relabel(1, "Erfaring", "Erfaringar", "Experiences"));
    assertTrue(c.relabel(1, "Erfaring", "Erfaring", "Experiences"));
    assertTrue(c.relabel(1, "Erfaring", "Erfaring", "Experience"));
  }
}
