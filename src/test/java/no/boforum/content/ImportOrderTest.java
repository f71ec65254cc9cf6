package no.boforum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportOrderTest {
  private static ContentImporter importer(String folder, String... after) {
    return new ContentImporter() {
      @Override
      public String folder() {
        return folder;
      }

      @Override
      public Set<String> after() {
        return Set.of(after);
      }

      @Override
      public ImportReport importFrom(ContentFolder files) {
        return new ImportReport(0, 0, 0, List.of());
      }
    };
  }

  private static List<String> order(ContentImporter... importers) {
    Map<String, ContentImporter> byFolder = new LinkedHashMap<>();
    for (ContentImporter i : importers) {
      byFolder.put(i.folder(), i);
    }
    return ImportOrder.of(byFolder).stream().map(ContentImporter::folder).toList();
  }

  @Test
  void anImporterComesAfterTheOnesItNamesWhateverOrderCdiGivesThem() {
    assertEquals(
        List.of("organisations", "practices", "events"),
        order(
            importer("practices", "organisations"),
            importer("events", "practices", "organisations"),
            importer("organisations")));
  }

  @Test
  void aCycleOrAnUnknownFolderIsRefused() {
    assertThrows(IllegalStateException.class, () -> order(importer("a", "b"), importer("b", "a")));
    assertThrows(IllegalStateException.class, () -> order(importer("practices", "nowhere")));
  }
}
