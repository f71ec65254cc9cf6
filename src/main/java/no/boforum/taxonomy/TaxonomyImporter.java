package no.boforum.taxonomy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import no.boforum.platform.ApplicationStartup.DatabaseReady;

/**
 * Loads {@code content/taxonomy/*.yaml} at start-up, before other content (which refers to its
 * codes). Terms are added and relabelled, never deleted: content may still use an old code.
 */
@ApplicationScoped
public class TaxonomyImporter {
  /** Observers of {@link DatabaseReady} with a higher priority run after this one. */
  public static final int PRIORITY = 100;

  private static final Logger LOG = Logger.getLogger(TaxonomyImporter.class.getName());
  static final String TAXONOMIES = "/WEB-INF/classes/content/taxonomy/";

  /** The file: one taxonomy and its terms, in order. */
  public record TaxonomyFile(String taxonomy, List<TermEntry> terms) {}

  /** A term: either nb/nn/en labels, or one name for all three (place names). */
  public record TermEntry(
      String code, String nb, String nn, String en, String name, String county, String parent) {}

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Inject TaxonomyStore store;

  void onDatabaseReady(@Observes @Priority(PRIORITY) DatabaseReady ready) {
    ServletContext context = ready.servletContext();
    Set<String> paths = context.getResourcePaths(TAXONOMIES);
    if (paths == null) {
      return;
    }
    for (String path : new TreeSet<>(paths)) {
      if (!path.endsWith(".yaml")) {
        continue;
      }
      try (InputStream in = context.getResourceAsStream(path)) {
        TaxonomyFile file = yaml.readValue(in, TaxonomyFile.class);
        int n = store.save(file.taxonomy(), file.terms());
        LOG.info(() -> "Taxonomy " + file.taxonomy() + ": " + n + " terms from " + path);
      } catch (JacksonException e) {
        LOG.warning(() -> "Skipped taxonomy file " + path + ": " + e.getOriginalMessage());
      } catch (IOException | RuntimeException e) {
        LOG.warning(() -> "Skipped taxonomy file " + path + ": " + e);
      }
    }
  }
}
