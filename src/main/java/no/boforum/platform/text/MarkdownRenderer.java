package no.boforum.platform.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
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
                  .matching(Pattern.compile("language-[a-zA-Z0-9_+-]+"))
                  .onElements("code")
                  .toFactory());

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().build();

  /**
   * Renders for a page whose own title is the only {@code h1}: the body's headings move so that its
   * highest level becomes {@code h2}, keeping their order, so the outline of the page stays whole.
   */
  public String toSafeHtml(String markdown) {
    Node document = parser.parse(markdown == null ? "" : markdown);
    List<Heading> headings = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
          }
        });
    int shift = 2 - headings.stream().mapToInt(Heading::getLevel).min().orElse(2);
    headings.forEach(h -> h.setLevel(Math.min(Math.max(h.getLevel() + shift, 2), 6)));
    return POLICY.sanitize(renderer.render(document));
  }
}
