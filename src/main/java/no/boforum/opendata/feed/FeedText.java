package no.boforum.opendata.feed;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * An entry's summary as plain text, cut to a length a feed reader shows: the writer escapes it; raw
 * HTML in a Markdown text is dropped, never passed on, and links and images keep only their text.
 */
public final class FeedText {
  static final int MAX = 400;
  private static final Parser PARSER = Parser.builder().build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

  private FeedText() {}

  /** Plain text on one line, at most {@value #MAX} characters (cut at a word, with an ellipsis). */
  public static String plain(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() <= MAX) {
      return line;
    }
    int cut = line.lastIndexOf(' ', MAX - 1);
    int end = cut > MAX / 2 ? cut : MAX - 1;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--; // never half of an emoji
    }
    return line.substring(0, end) + "…";
  }

  /** The text of a Markdown source without its markup or raw HTML, as {@link #plain}. */
  public static String fromMarkdown(String markdown) {
    if (markdown == null) {
      return null;
    }
    Node document = PARSER.parse(markdown);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline html) {
            html.unlink();
          }

          @Override
          public void visit(HtmlBlock html) {
            html.unlink();
          }

          @Override
          public void visit(Link link) {
            keepText(link);
          }

          @Override
          public void visit(Image image) {
            keepText(image);
          }
        });
    return plain(TEXT.render(document));
  }

  /** A link or image without its address: its text (or alternative text) stays in its place. */
  private static void keepText(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
  }
}
