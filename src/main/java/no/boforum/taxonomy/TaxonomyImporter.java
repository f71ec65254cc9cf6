package no.boforum.taxonomy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import no.boforum.content.ContentFolder;
import no.boforum.content.ContentFormatException;
import no.boforum.content.ContentImporter;
import no.boforum.content.ImportReport;
import no.boforum.platform.StartPhase;

/**
 * Loads {@code content/taxonomy/*.yaml} at start-up, in the reference-data phase: before other
 * content, which refers to its codes. Terms are added and relabelled, never deleted: content may
 * still use an old code.
 */
@ApplicationScoped
public class TaxonomyImporter implements ContentImporter {
  private static final Logger LOG = Logger.getLogger(TaxonomyImporter.class.getName());

  /** The file: one taxonomy and its terms, in order. */
  public record TaxonomyFile(String taxonomy, List<TermEntry> terms) {}

  /** A term: either nb/nn/en labels, or one name for all three (place names). */
  public record TermEntry(
      String code, String nb, String nn, String en, String name, String county, String parent) {}

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Inject TaxonomyStore store;

  @Override
  public String folder() {
    return "taxonomy";
  }

  @Override
  public StartPhase phase() {
    return StartPhase.REFERENCE_DATA;
  }

  @Override
  public ImportReport importFrom(ContentFolder files) {
    return files.importEach(".yaml", this::importFile);
  }

  private ImportReport.Result importFile(String name, String text) throws ContentFormatException {
    TaxonomyFile file;
    try {
      file = yaml.readValue(text, TaxonomyFile.class);
    } catch (JacksonException e) {
      throw new ContentFormatException(e.getOriginalMessage(), e);
    }
    TaxonomyStore.Saved saved = store.save(file.taxonomy(), file.terms());
    LOG.fine(() -> "Taxonomy " + file.taxonomy() + ": " + saved + " from " + name);
    if (saved.created() > 0 && saved.created() == saved.terms()) {
      return ImportReport.Result.CREATED;
    }
    return saved.created() + saved.changed() > 0
        ? ImportReport.Result.UPDATED
        : ImportReport.Result.UNCHANGED;
  }
}
