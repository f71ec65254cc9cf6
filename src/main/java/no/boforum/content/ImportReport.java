package no.boforum.content;

import java.util.List;

/** What one import run did: counts per outcome, and each file it skipped with the reason. */
public record ImportReport(int created, int updated, int unchanged, List<Failure> failures) {
  /** What happened to one file. */
  public enum Result {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A file that was not imported, and why. */
  public record Failure(String file, String reason) {}

  @Override
  public String toString() {
    return created
        + " created, "
        + updated
        + " updated, "
        + unchanged
        + " unchanged, "
        + failures.size()
        + " skipped";
  }
}
