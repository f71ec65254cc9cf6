package no.boforum.opendata.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.boforum.opendata.ExportContext;
import no.boforum.opendata.OpenDataset;
import no.boforum.opendata.OpenRecord;

/**
 * Builds one export: every dataset a page at a time (each page its own transaction) into files in a
 * scratch directory, then the ZIP with its README, then into the store. A failure leaves the last
 * export as it was.
 */
@ApplicationScoped
public class OpenDataExport {
  static final int PAGE = 500;

  @Inject @Any Instance<OpenDataset> datasets;
  @Inject ExportContexts contexts;
  @Inject ExportStore store;

  private final Clock clock = Clock.systemUTC();

  /** The datasets in their order. */
  public List<OpenDataset> datasets() {
    return datasets.stream().sorted(Comparator.comparingInt(d -> d.shape().order())).toList();
  }

  public ExportBuild build() throws IOException {
    Instant started = clock.instant();
    Long answered = store.lastRequest();
    ExportContext context = contexts.current();
    Path scratch = Files.createTempDirectory(store.directory(), "building-");
    try {
      Map<String, Integer> counts = new LinkedHashMap<>();
      List<Path> files = new ArrayList<>();
      List<OpenDataset> all = datasets();
      for (OpenDataset dataset : all) {
        try (DatasetWriter writer = new DatasetWriter(scratch, dataset)) {
          long after = 0;
          List<OpenRecord> page;
          do {
            page = dataset.after(after, PAGE, context);
            for (OpenRecord r : page) {
              writer.write(r);
              after = r.id();
            }
          } while (page.size() == PAGE);
          counts.put(dataset.shape().name(), writer.count());
          files.addAll(writer.files());
        }
      }
      Path zip = scratch.resolve("export.zip");
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
        out.putNextEntry(new ZipEntry("README.md"));
        out.write(ExportReadme.text(all, counts, started).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
        for (Path file : files) {
          out.putNextEntry(new ZipEntry(file.getFileName().toString()));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
      return store.keep(zip, started, clock.instant(), counts, answered);
    } finally {
      ExportStore.deleteTree(scratch);
    }
  }
}
