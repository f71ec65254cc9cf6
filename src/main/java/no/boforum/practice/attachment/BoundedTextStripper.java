package no.boforum.practice.attachment;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper on a budget: it stops reading pages once the text it keeps is full, and
 * gives up ({@link ExtractionBudget.Exceeded}) as soon as the instructions or characters it has
 * read pass the budget, instead of working through all of a file that unpacks into far more.
 */
final class BoundedTextStripper extends PDFTextStripper {
  private final ExtractionBudget budget;
  private final CappedWriter text;
  private long operators;
  private long glyphs;
  private int pagesRead;

  BoundedTextStripper(ExtractionBudget budget) {
    this.budget = budget;
    this.text = new CappedWriter(budget.maxTextChars());
  }

  /** The kept text of the whole document, or of its first pages if that fills the cap. */
  String read(PDDocument document) throws IOException {
    writeText(document, text);
    return text.toString();
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    if (text.isFull()) {
      return;
    }
    pagesRead++;
    super.processPage(page);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (++operators > budget.maxOperators()) {
      throw new ExtractionBudget.Exceeded();
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void processTextPosition(TextPosition position) {
    if (++glyphs > budget.maxGlyphs()) {
      throw new ExtractionBudget.Exceeded();
    }
    super.processTextPosition(position);
  }

  long operators() {
    return operators;
  }

  long glyphs() {
    return glyphs;
  }

  int pagesRead() {
    return pagesRead;
  }

  /** Keeps the first characters and drops the rest, so a long text cannot fill the heap. */
  private static final class CappedWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final int limit;

    CappedWriter(int limit) {
      this.limit = limit;
    }

    boolean isFull() {
      return text.length() >= limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      int room = limit - text.length();
      if (room > 0) {
        text.append(chars, offset, Math.min(length, room));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
