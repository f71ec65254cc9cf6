package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page with a Faces form keeps its view (decision 0028): the view state of a stateless page is
 * the word {@code stateless}, which anyone can send, so its form would have no token.
 */
class StatefulFormPagesTest {
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern INCLUDE = Pattern.compile("<ui:include src=\"([^\"#]+)\"");

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True if the page, or a file it includes (to any depth), has a Faces form. */
  private static boolean hasForm(String text, int depth) {
    if (text.contains("<h:form") || text.contains("<p:form")) {
      return true;
    }
    Matcher include = INCLUDE.matcher(text);
    while (depth < 5 && include.find()) {
      Path included = WEBAPP.resolve(include.group(1).substring(1));
      if (Files.isRegularFile(included) && hasForm(read(included), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyPageWithAFormSaysWhenItsViewIsStateful() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      pages =
          files
              .filter(f -> f.toString().endsWith(".xhtml"))
              .filter(f -> !WEBAPP.relativize(f).startsWith("WEB-INF"))
              .toList();
    }
    assertTrue(pages.size() > 20, "the pages were found: " + pages.size());
    TreeSet<String> stateless = new TreeSet<>();
    for (Path page : pages) {
      String text = read(page);
      if (text.contains("/WEB-INF/templates/layout.xhtml")
          && hasForm(text, 0)
          && !text.contains("<ui:param name=\"statefulView\"")) {
        stateless.add(WEBAPP.relativize(page).toString());
      }
    }
    assertTrue(stateless.isEmpty(), "pages with a form but a stateless view: " + stateless);
  }
}
