package no.boforum.platform.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders Markdown to HTML with commonmark, then sanitises the result with the OWASP HTML
 * Sanitizer, so that neither raw HTML in the source nor a crafted link can inject script. Mentions
 * ({@code @handle}) of the people a caller names become a styled name before sanitising; the links
 * a page may enrich are read from the sanitised HTML, so nothing the sanitiser dropped is seen.
 */
@ApplicationScoped
public class MarkdownRenderer {
  /**
   * The version of what {@link #toSafeHtml(String)} makes. Raise it whenever the rendering or the
   * sanitiser's policy changes (a library upgrade that changes the output counts too), so that HTML
   * stored by an older version is rendered again: pages render such text per view, and the backfill
   * jobs store it anew (decision 0034).
   */
  public static final int VERSION = 1;

  /** A mention: {@code @} and a handle (a slug of a name), not inside a word or an address. */
  private static final Pattern MENTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.@/-])@([a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "hr", "blockquote", "span")
                  .allowAttributes("class")
                  .matching(Pattern.compile("language-[a-zA-Z0-9_+-]+"))
                  .onElements("code")
                  .allowAttributes("class")
                  .matching(Pattern.compile("mention"))
                  .onElements("span")
                  .toFactory());

  /** Sanitised HTML and the addresses of its links, in order, as the sanitiser left them. */
  public record Rendered(String html, List<String> links) {}

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().build();

  /**
   * Renders for a page whose own title is the only {@code h1}: the body's headings move so that its
   * highest level becomes {@code h2}, keeping their order, so the outline of the page stays whole.
   */
  public String toSafeHtml(String markdown) {
    return render(markdown, Map.of()).html();
  }

  /**
   * As {@link #toSafeHtml(String)}, with each {@code @handle} found in {@code mentions} (handle in
   * lower case to the name shown) written as that name in a {@code span class="mention"}; other
   * handles stay text. Mentions in code and in links stay as written.
   */
  public Rendered render(String markdown, Map<String, String> mentions) {
    Node document = parser.parse(markdown == null ? "" : markdown);
    List<Heading> headings = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
          }

          @Override
          public void visit(Text text) {
            texts.add(text);
          }

          @Override
          public void visit(Link link) {
            // Text inside a link stays as written.
          }

          @Override
          public void visit(Image image) {
            // So does an image's description.
          }
        });
    int shift = 2 - headings.stream().mapToInt(Heading::getLevel).min().orElse(2);
    headings.forEach(h -> h.setLevel(Math.min(Math.max(h.getLevel() + shift, 2), 6)));
    if (!mentions.isEmpty()) {
      texts.forEach(t -> mark(t, mentions));
    }
    String html = POLICY.sanitize(renderer.render(document));
    return new Rendered(html, links(html));
  }

  /** The handles (lower case) mentioned in the text, outside code and links. */
  public Set<String> mentions(String markdown) {
    Set<String> handles = new LinkedHashSet<>();
    parser
        .parse(markdown == null ? "" : markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                Matcher m = MENTION.matcher(text.getLiteral());
                while (m.find()) {
                  handles.add(m.group(1).toLowerCase(Locale.ROOT));
                }
              }

              @Override
              public void visit(Link link) {
                // Not in a link.
              }

              @Override
              public void visit(Image image) {
                // Nor in an image's description.
              }
            });
    return handles;
  }

  private static void mark(Text text, Map<String, String> mentions) {
    String literal = text.getLiteral();
    Matcher m = MENTION.matcher(literal);
    int last = 0;
    while (m.find()) {
      String name = mentions.get(m.group(1).toLowerCase(Locale.ROOT));
      if (name == null) {
        continue;
      }
      text.insertBefore(new Text(literal.substring(last, m.start())));
      HtmlInline open = new HtmlInline();
      open.setLiteral("<span class=\"mention\">");
      text.insertBefore(open);
      // A Text node: the renderer escapes the name.
      text.insertBefore(new Text("@" + name));
      HtmlInline close = new HtmlInline();
      close.setLiteral("</span>");
      text.insertBefore(close);
      last = m.end();
    }
    if (last > 0) {
      text.setLiteral(literal.substring(last));
    }
  }

  /** The link addresses of sanitised HTML, read by the sanitiser's own parser. */
  private static List<String> links(String safeHtml) {
    List<String> hrefs = new ArrayList<>();
    new HtmlPolicyBuilder()
        .allowElements(
            (name, attributes) -> {
              for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if ("href".equals(attributes.get(i))) {
                  hrefs.add(attributes.get(i + 1));
                }
              }
              return name;
            },
            "a")
        .allowAttributes("href")
        .onElements("a")
        .allowStandardUrlProtocols()
        .toFactory()
        .sanitize(safeHtml);
    return hrefs;
  }
}
