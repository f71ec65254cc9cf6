package no.boforum.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Puts importers after the ones they name: a depth-first walk that refuses cycles. */
final class ImportOrder {
  private ImportOrder() {}

  /** The importers (by folder, in a stable order) so that each comes after those it names. */
  static List<ContentImporter> of(Map<String, ContentImporter> byFolder) {
    List<ContentImporter> order = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String folder : byFolder.keySet()) {
      visit(folder, byFolder, done, new HashSet<>(), order);
    }
    return order;
  }

  private static void visit(
      String folder,
      Map<String, ContentImporter> byFolder,
      Set<String> done,
      Set<String> path,
      List<ContentImporter> order) {
    if (done.contains(folder)) {
      return;
    }
    ContentImporter importer = byFolder.get(folder);
    if (importer == null) {
      throw new IllegalStateException("No importer in this phase reads content/" + folder);
    }
    if (!path.add(folder)) {
      throw new IllegalStateException("Content importers wait for each other: " + path);
    }
    for (String first : importer.after()) {
      visit(first, byFolder, done, path, order);
    }
    path.remove(folder);
    done.add(folder);
    order.add(importer);
  }
}
