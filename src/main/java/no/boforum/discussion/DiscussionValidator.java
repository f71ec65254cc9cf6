package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.platform.InputProblem;

/**
 * Checks what people write before it is saved: a title and a text within their lengths, a known
 * category, a thread about one thing at most. Text is trimmed; Markdown is kept as written (it is
 * sanitised when shown).
 */
@ApplicationScoped
public class DiscussionValidator {
  static final int TITLE_MIN = 8;
  static final int TITLE_MAX = 200;
  static final int BODY_MAX = 20_000;

  @Inject DiscussionRepository repository;

  public ThreadData validate(ThreadData d) {
    if (d.kind() == null) {
      throw new InputProblem("kind", "discussion.kindRequired");
    }
    String title = title(d.title());
    if (d.category() == null || repository.category(d.category()).isEmpty()) {
      throw new InputProblem("category", "discussion.categoryRequired");
    }
    String practice = blankToNull(d.practice());
    String event = blankToNull(d.event());
    if (practice != null && event != null) {
      throw new InputProblem("practice", "discussion.oneSubject");
    }
    return new ThreadData(d.kind(), title, d.category(), practice, event, body(d.body()));
  }

  /** A thread's title, its white space made single; refused when too short or too long. */
  public String title(String title) {
    String text = title == null ? "" : title.strip().replaceAll("\\s+", " ");
    if (text.length() < TITLE_MIN || text.length() > TITLE_MAX) {
      throw new InputProblem("title", "discussion.titleLength", TITLE_MIN, TITLE_MAX);
    }
    return text;
  }

  /** The text of a post, trimmed; refused when empty or too long. */
  public String body(String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > BODY_MAX) {
      throw new InputProblem("body", "discussion.bodyLength", BODY_MAX);
    }
    return text;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
