package no.boforum.platform.text;

/**
 * Text for CSV files that people open in a spreadsheet: a cell that begins like a formula (=, +,
 * -, @, a tab or a return) gets an apostrophe first, so that a title such as {@code
 * =HYPERLINK(...)} typed by anyone is shown as text and never run (CSV injection, as OWASP
 * describes it).
 */
public final class SpreadsheetText {
  private SpreadsheetText() {}

  public static String safe(String text) {
    return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        ? "'" + text
        : text;
  }
}
