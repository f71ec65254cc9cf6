package no.boforum.practice.attachment;

/**
 * How much work reading one PDF's text may cost, counted as PDFBox does it rather than by the
 * clock: a file of a few hundred kilobytes can unpack into millions of drawing instructions, and
 * the 20 MB limit on the upload does not see them.
 *
 * @param maxTextChars text kept for search; reading stops at the first page that fills it
 * @param maxPages pages a file may have at all
 * @param maxOperators content-stream instructions read across all pages
 * @param maxGlyphs characters drawn across all pages, counted before they become text
 */
record ExtractionBudget(int maxTextChars, int maxPages, long maxOperators, long maxGlyphs) {

  /** Enough for any report we expect, including a few hundred pages of dense tables. */
  static final ExtractionBudget DEFAULT =
      new ExtractionBudget(2_000_000, 3_000, 20_000_000, 4_000_000);

  /** The same limits, keeping at most {@code chars} of text. */
  ExtractionBudget withMaxTextChars(int chars) {
    return new ExtractionBudget(chars, maxPages, maxOperators, maxGlyphs);
  }

  /** Thrown from inside PDFBox's parser to stop at once; never leaves the inspector. */
  static final class Exceeded extends RuntimeException {
    Exceeded() {
      super(null, null, false, false);
    }
  }
}
