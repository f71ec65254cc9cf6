package no.boforum.discussion.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.boforum.content.ContentFolder;
import no.boforum.content.ContentFormatException;
import no.boforum.content.ContentImporter;
import no.boforum.content.ImportReport;
import no.boforum.discussion.Categories;
import no.boforum.discussion.ThreadImport;
import no.boforum.platform.text.Digests;

/**
 * Imports {@code content/discussions/}: {@code categories.yaml}, the categories of threads with
 * their labels in bokmål, nynorsk and English, then the seed threads ({@code *.thread.yaml}), after
 * the organisations, practices and events they name. Each thread is saved in a transaction of its
 * own, so a broken file is reported by name and skipped, never half-imported.
 */
@ApplicationScoped
public class CategoryFiles implements ContentImporter {
  /** The file: the categories in the order lists show them. */
  public record CategoryFile(List<Categories.Entry> categories) {}

  /**
   * Part of every thread file's hash: raise it when the importer reads more of a file than before,
   * so that unchanged files are imported again once.
   */
  static final String FORMAT = "thread-1";

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Inject Categories categories;
  @Inject ThreadImport threads;

  @Override
  public String folder() {
    return "discussions";
  }

  @Override
  public Set<String> after() {
    return Set.of("organisations", "practices", "events");
  }

  @Override
  public ImportReport importFrom(ContentFolder files) {
    ImportReport categoryReport = files.importEach("categories.yaml", this::importFile);
    ImportReport threadReport = files.importEach(ThreadFile.SUFFIX, this::importThread);
    List<ImportReport.Failure> failures = new ArrayList<>(categoryReport.failures());
    failures.addAll(threadReport.failures());
    return new ImportReport(
        categoryReport.created() + threadReport.created(),
        categoryReport.updated() + threadReport.updated(),
        categoryReport.unchanged() + threadReport.unchanged(),
        List.copyOf(failures));
  }

  private ImportReport.Result importFile(String name, String text) throws ContentFormatException {
    CategoryFile file;
    try {
      file = yaml.readValue(text, CategoryFile.class);
    } catch (JacksonException e) {
      throw new ContentFormatException(e.getOriginalMessage(), e);
    }
    for (Categories.Entry e : file.categories()) {
      if (e.code() == null || e.nb() == null || e.nn() == null || e.en() == null) {
        throw new ContentFormatException("a category needs code, nb, nn and en: " + e);
      }
    }
    return categories.save(file.categories()) > 0
        ? ImportReport.Result.UPDATED
        : ImportReport.Result.UNCHANGED;
  }

  private ImportReport.Result importThread(String name, String text) throws ContentFormatException {
    ThreadImport.Seed seed = ThreadFile.parse(text).seed();
    if (!name.equals(seed.slug() + ThreadFile.SUFFIX)) {
      throw new ContentFormatException("the slug must be the file name: " + seed.slug());
    }
    return switch (threads.importThread(seed, Digests.sha256(FORMAT + "\n" + text))) {
      case CREATED -> ImportReport.Result.CREATED;
      case UPDATED -> ImportReport.Result.UPDATED;
      case UNCHANGED -> ImportReport.Result.UNCHANGED;
    };
  }
}
