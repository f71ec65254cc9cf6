package no.boforum.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Markdown document with a YAML front matter block between two {@code ---} lines. */
public record FrontMatterDocument(String frontMatter, String body) {
  private static final Pattern LAYOUT =
      Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---[ \\t]*(?:\\R(.*))?\\z", Pattern.DOTALL);

  public static FrontMatterDocument split(String text) throws ContentFormatException {
    Matcher m = LAYOUT.matcher(text);
    if (!m.matches()) {
      throw new ContentFormatException(
          "the file must start with a front matter block between two lines of '---'");
    }
    return new FrontMatterDocument(m.group(1), m.group(2) == null ? "" : m.group(2).strip());
  }
}
