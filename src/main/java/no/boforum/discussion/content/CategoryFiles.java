package no.boforum.discussion.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.content.ContentFolder;
import no.boforum.content.ContentFormatException;
import no.boforum.content.ContentImporter;
import no.boforum.content.ImportReport;
import no.boforum.discussion.Categories;

/**
 * Imports {@code content/discussions/categories.yaml}: the categories of threads with their labels
 * in bokmål, nynorsk and English.
 */
@ApplicationScoped
public class CategoryFiles implements ContentImporter {
  /** The file: the categories in the order lists show them. */
  public record CategoryFile(List<Categories.Entry> categories) {}

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Inject Categories categories;

  @Override
  public String folder() {
    return "discussions";
  }

  @Override
  public ImportReport importFrom(ContentFolder files) {
    return files.importEach("categories.yaml", this::importFile);
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
    categories.save(file.categories());
    return ImportReport.Result.UPDATED;
  }
}
