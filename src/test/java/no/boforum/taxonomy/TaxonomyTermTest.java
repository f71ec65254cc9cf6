package no.boforum.taxonomy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A term says whether a content file changed it, so that an unchanged file is reported so. */
class TaxonomyTermTest {
  @Test
  void theSameLabelsAndPlaceChangeNothing() {
    TaxonomyTerm term = new TaxonomyTerm("county", "46");
    assertTrue(term.update("Vestland", "Vestland", "Vestland", null, 3), "a new term");
    assertFalse(term.update("Vestland", "Vestland", "Vestland", null, 3));
  }

  @Test
  void anyLabelOrItsPlaceIsAChange() {
    TaxonomyTerm term = new TaxonomyTerm("theme", "bomestring");
    term.update("Bomestring", "Bumeistring", "Tenancy support", null, 0);
    assertTrue(term.update("Bomestring", "Bumeistring", "Tenancy sustainment", null, 0));
    assertTrue(term.update("Bomestring", "Bumeistring", "Tenancy sustainment", "x", 0));
    assertTrue(term.update("Bomestring", "Bumeistring", "Tenancy sustainment", "x", 1));
    assertFalse(term.place("x", 1));
    assertTrue(term.place(null, 1));
  }
}
