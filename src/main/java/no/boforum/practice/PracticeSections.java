package no.boforum.practice;

import java.util.List;

/**
 * A section another feature adds to a practice's page (open offers that build on it): a CDI bean of
 * that feature answers it, and the page shows every section that has items, so that the practice
 * feature imports none of them.
 */
public interface PracticeSections {
  /** One linked thing: its title, its address from the root, and a short note (or null). */
  record Item(String title, String path, String note) {}

  /**
   * A section: an id for its heading (unique on the page), the heading's message key, its items.
   */
  record Section(String id, String headingKey, List<Item> items) {}

  /** The section for the published practice, with no items when there is nothing to show. */
  Section of(String practiceSlug);
}
