package no.boforum.platform.text;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders Markdown to HTML with commonmark, then sanitises the result with the OWASP HTML
 * Sanitizer, so that neither raw HTML in the source nor a crafted link can inject script.
 */
@ApplicationScoped
public class MarkdownRenderer {
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "hr", "blockquote")
                  .allowAttributes("class")
                  .matching(false, "language-[a-z0-9-]+")
                  .onElements("code")
                  .toFactory());

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().build();

  public String toSafeHtml(String markdown) {
    return POLICY.sanitize(renderer.render(parser.parse(markdown == null ? "" : markdown)));
  }
}
