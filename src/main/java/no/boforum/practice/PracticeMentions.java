package no.boforum.practice;

import java.util.List;

/**
 * Where else a practice was talked about: another feature (forum events, later discussions)
 * contributes a CDI bean, and the practice page lists what they answer, so that the practice
 * feature imports none of them.
 */
public interface PracticeMentions {
  /** A place that mentions the practice: its title, its address from the root, a date to show. */
  record Mention(String kind, String title, String path, java.time.LocalDate date) {}

  /** The public places that mention the practice, newest first. */
  List<Mention> of(String practiceSlug);
}
