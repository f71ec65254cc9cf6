package no.boforum.discussion.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.boforum.content.ContentFormatException;
import no.boforum.discussion.ThreadImport;
import no.boforum.discussion.ThreadKind;

/**
 * One seed thread file, {@code content/discussions/<slug>.thread.yaml}: the thread's facts and its
 * posts in order, each with its invented author, its time (UTC) and whether the asker accepted it.
 */
record ThreadFile(
    String slug,
    String title,
    String kind,
    String category,
    String language,
    String practice,
    String event,
    Boolean illustrative,
    List<PostEntry> posts) {
  static final String SUFFIX = ".thread.yaml";
  private static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A post of the file. */
  record PostEntry(String author, String at, String text, Boolean accepted) {}

  static ThreadFile parse(String text) throws ContentFormatException {
    try {
      return YAML.readValue(text, ThreadFile.class);
    } catch (JacksonException e) {
      throw new ContentFormatException(e.getOriginalMessage(), e);
    }
  }

  ThreadImport.Seed seed() throws ContentFormatException {
    if (slug == null || !slug.matches("[a-z0-9-]{1,120}")) {
      throw new ContentFormatException("slug: a-z, 0-9 and hyphens: " + slug);
    }
    if (language == null || !LANGUAGES.contains(language)) {
      throw new ContentFormatException("language: nb, nn or en");
    }
    if (posts == null || posts.isEmpty()) {
      throw new ContentFormatException("posts: at least the question");
    }
    ThreadKind k;
    try {
      k = ThreadKind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("kind: question or discussion", e);
    }
    List<ThreadImport.SeedPost> seeded =
        posts.stream()
            .map(
                p ->
                    new ThreadImport.SeedPost(
                        p.author(), time(p.at()), p.text(), Boolean.TRUE.equals(p.accepted())))
            .toList();
    return new ThreadImport.Seed(
        slug,
        k,
        title,
        category,
        practice,
        event,
        language,
        Boolean.TRUE.equals(illustrative),
        seeded);
  }

  private static LocalDateTime time(String at) {
    try {
      return at == null ? null : LocalDateTime.parse(at);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
