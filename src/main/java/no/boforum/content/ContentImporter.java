package no.boforum.content;

import java.util.Set;
import no.boforum.platform.StartPhase;

/**
 * One kind of seed file, imported by the feature that owns it: a bean implementing this is found
 * through CDI and run by {@link ContentImport} at start-up, in its phase, after the importers it
 * names in {@link #after()}. Importing must be idempotent: it runs at every start.
 */
public interface ContentImporter {
  /** The folder under {@code content/} that it reads; also its name for {@link #after()}. */
  String folder();

  /** {@link StartPhase#REFERENCE_DATA} for codes that content refers to; else the content phase. */
  default StartPhase phase() {
    return StartPhase.CONTENT;
  }

  /** The folders (of the same phase) whose content must be in first: the files refer to it. */
  default Set<String> after() {
    return Set.of();
  }

  /** Imports every file of the folder; one broken file is reported, never half-imported. */
  ImportReport importFrom(ContentFolder files);
}
