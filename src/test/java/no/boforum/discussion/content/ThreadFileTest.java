package no.boforum.discussion.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.boforum.content.ContentFormatException;
import no.boforum.discussion.ThreadImport;
import no.boforum.discussion.ThreadKind;
import org.junit.jupiter.api.Test;

/**
 * The seed thread files as the importer reads them, without a server: each is well formed, named by
 * its slug, an example by invented people in time order; together they hold both written standards,
 * practices and events, and accepted answers to questions. A broken file is refused.
 */
class ThreadFileTest {
  private static List<Path> seedFiles() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("content/discussions"))) {
      return files.filter(p -> p.toString().endsWith(ThreadFile.SUFFIX)).sorted().toList();
    }
  }

  @Test
  void everySeedThreadIsAnExampleByInventedPeopleInTimeOrder() throws Exception {
    List<Path> files = seedFiles();
    assertTrue(files.size() >= 10, files.toString());
    Set<String> languages = new HashSet<>();
    int accepted = 0;
    int aboutPractices = 0;
    int aboutEvents = 0;
    for (Path p : files) {
      ThreadImport.Seed seed = ThreadFile.parse(Files.readString(p, StandardCharsets.UTF_8)).seed();
      String name = p.getFileName().toString();
      assertEquals(seed.slug() + ThreadFile.SUFFIX, name);
      assertTrue(seed.illustrative(), name + " is an example");
      assertTrue(seed.title().endsWith("(eksempel)"), name + ": " + seed.title());
      languages.add(seed.language());
      aboutPractices += seed.practice() == null ? 0 : 1;
      aboutEvents += seed.event() == null ? 0 : 1;
      for (int i = 0; i < seed.posts().size(); i++) {
        ThreadImport.SeedPost post = seed.posts().get(i);
        assertTrue(post.author().endsWith("(eksempel)"), name + ": " + post.author());
        assertTrue(post.at() != null, name + ": post " + i + " has a time");
        assertTrue(
            i == 0 || !post.at().isBefore(seed.posts().get(i - 1).at()), name + " in time order");
        assertTrue(!post.body().contains("@"), name + ": no address in a post");
        if (post.accepted()) {
          assertTrue(i > 0 && seed.kind() == ThreadKind.QUESTION, name + ": accepts a reply");
          accepted++;
        }
      }
    }
    assertEquals(Set.of("nb", "nn"), languages);
    assertTrue(accepted >= 2, "two questions with accepted answers");
    assertTrue(aboutPractices >= 5 && aboutEvents >= 2, aboutPractices + " / " + aboutEvents);
  }

  @Test
  void aBrokenFileIsRefusedWithItsReason() {
    assertThrows(ContentFormatException.class, () -> ThreadFile.parse("slug: [unclosed"));
    assertThrows(
        ContentFormatException.class,
        () -> ThreadFile.parse("slug: x\nlanguage: nb\nkind: poll\nposts: [{text: a}]").seed());
    assertThrows(
        ContentFormatException.class,
        () -> ThreadFile.parse("slug: x\nlanguage: nb\nkind: question\nunknown: 1").seed());
  }
}
