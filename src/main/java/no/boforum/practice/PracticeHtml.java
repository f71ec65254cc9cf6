package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.boforum.platform.text.MarkdownRenderer;

/**
 * A practice's body and outcomes as sanitised HTML, rendered when they were saved, in the
 * practice's own row (decision 0034): a page shows them as stored while the renderer's {@link
 * MarkdownRenderer#VERSION} is the one that made them, and renders the Markdown itself otherwise.
 */
@Embeddable
public class PracticeHtml {
  @Column(name = "body_html")
  private String body;

  @Column(name = "outcomes_html")
  private String outcomes;

  @Column(name = "html_version")
  private Integer version;

  protected PracticeHtml() {}

  /** The texts rendered now, by the running renderer. Null outcomes stay null. */
  static PracticeHtml render(String body, String outcomes, MarkdownRenderer markdown) {
    PracticeHtml h = new PracticeHtml();
    h.body = markdown.toSafeHtml(body);
    h.outcomes = outcomes == null ? null : markdown.toSafeHtml(outcomes);
    h.version = MarkdownRenderer.VERSION;
    return h;
  }

  /** Whether the running renderer would make the same: rendered by its version. */
  boolean current() {
    return version != null && version == MarkdownRenderer.VERSION;
  }

  String body() {
    return body;
  }

  String outcomes() {
    return outcomes;
  }
}
