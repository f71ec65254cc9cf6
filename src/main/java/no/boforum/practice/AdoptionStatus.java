package no.boforum.practice;

/** Where an adopting organisation is with a practice it took up. */
public enum AdoptionStatus {
  PLANNING,
  RUNNING,
  STOPPED
}
