package no.boforum.practice.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import no.boforum.practice.attachment.AttachmentRefused.Reason;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfInspectorTest {
  private static final String PAGE_ONE = "Bustadsosialt arbeid i Bergen";
  private static final String PAGE_TWO = "Erfaringer fra Tromsø og Bærum";

  @TempDir Path dir;
  private final PdfInspector inspector = new PdfInspector();

  @Test
  void readsThePagesAndTheNorwegianTextOfAPdf() throws IOException {
    Path file = twoPagePdf("rapport.pdf", null);

    Inspection inspection = inspector.inspect(file);

    assertEquals(2, inspection.pages());
    assertTrue(inspection.text().contains(PAGE_ONE), inspection.text());
    assertTrue(inspection.text().contains(PAGE_TWO), inspection.text());
  }

  @Test
  void takesTheTypeFromTheContentNotTheName() throws IOException {
    Path file = twoPagePdf("rapport.txt", null);

    assertEquals(2, inspector.inspect(file).pages());
  }

  @Test
  void keepsNoMoreTextThanTheCap() throws IOException {
    Path file = twoPagePdf("rapport.pdf", null);

    Inspection inspection =
        new PdfInspector(ExtractionBudget.DEFAULT.withMaxTextChars(10)).inspect(file);

    assertEquals(PAGE_ONE.substring(0, 10), inspection.text());
  }

  @Test
  void refusesAPdfThatNeedsAPasswordToOpen() throws IOException {
    Path file = twoPagePdf("hemmeleg.pdf", new StandardProtectionPolicy("eigar", "lesar", all()));

    assertRefused(Reason.ENCRYPTED, file);
  }

  @Test
  void refusesAPdfEncryptedWithOnlyAnOwnerPassword() throws IOException {
    Path file = twoPagePdf("eigar.pdf", new StandardProtectionPolicy("eigar", "", noCopying()));

    assertRefused(Reason.ENCRYPTED, file);
  }

  @Test
  void refusesABrokenPdf() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    Path file = dir.resolve("skadd.pdf");
    Files.write(file, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(file, garbage, StandardOpenOption.APPEND);

    assertRefused(Reason.BROKEN, file);
  }

  @Test
  void refusesATextFileNamedLikeAPdf() throws IOException {
    Path file = dir.resolve("report.pdf");
    Files.writeString(file, "Dette er berre tekst, ikkje ein PDF.\n" + PAGE_ONE + "\n");

    assertRefused(Reason.NOT_PDF, file);
  }

  @Test
  void refusesAPngNamedLikeAPdf() throws IOException {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    Path file = Files.write(dir.resolve("bilete.pdf"), png);

    assertRefused(Reason.NOT_PDF, file);
  }

  @Test
  void refusesAZipNamedLikeAPdf() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    Path file = Files.write(dir.resolve("arkiv.pdf"), zip);

    assertRefused(Reason.NOT_PDF, file);
  }

  /** Tika would call these bytes a PDF if it were shown the name. */
  @Test
  void refusesUnrecognisedBytesNamedLikeAPdf() throws IOException {
    byte[] bytes = new byte[512];
    new Random(7).nextBytes(bytes);
    bytes[0] = 0x01;
    Path file = Files.write(dir.resolve("ukjend.pdf"), bytes);

    assertRefused(Reason.NOT_PDF, file);
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path file = Files.write(dir.resolve("tom.pdf"), new byte[0]);

    assertRefused(Reason.EMPTY, file);
  }

  /** A page with no content and no resources of its own is blank, not broken. */
  @Test
  void acceptsABlankPageWithoutResources() throws IOException {
    Path file = dir.resolve("blank.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(file.toFile());
    }

    assertEquals(1, inspector.inspect(file).pages());
  }

  @Test
  void refusesAPdfWithoutPages() throws IOException {
    Path file = dir.resolve("utan-sider.pdf");
    try (PDDocument document = new PDDocument()) {
      document.save(file.toFile());
    }

    assertRefused(Reason.EMPTY, file);
  }

  /**
   * The bomb of issue 18 in small: one page of a few kilobytes whose content unpacks into millions
   * of characters. Before the budget it was accepted after reading all of them.
   */
  @Test
  void refusesAPdfWhoseTextUnpacksFarBeyondTheBudget() throws IOException {
    Path file = bomb("bombe.pdf", 100_000, "BT /F1 1 Tf (" + "A".repeat(64) + ") Tj ET\n");
    assertTrue(Files.size(file) < 64 * 1024, "the bomb is small: " + Files.size(file));
    BoundedTextStripper stripper = new BoundedTextStripper(ExtractionBudget.DEFAULT);

    AttachmentRefused refused =
        assertThrows(AttachmentRefused.class, () -> inspector.inspect(file, stripper));

    assertEquals(Reason.TOO_LARGE_UNPACKED, refused.reason());
    assertEquals(ExtractionBudget.DEFAULT.maxGlyphs() + 1, stripper.glyphs());
  }

  /**
   * A page of nothing but blanks has no instructions for the budget to count, and PDFBox unpacks it
   * whole into memory before reading: 200 MB of spaces from a file of a few hundred kilobytes.
   */
  @Test
  void refusesAPageThatUnpacksIntoHundredsOfMegabytesOfBlanks() throws IOException {
    Path file = bomb("blank.pdf", 200_000, " ".repeat(1_000));
    assertTrue(Files.size(file) < 1024 * 1024, "the bomb is small: " + Files.size(file));
    BoundedTextStripper stripper = new BoundedTextStripper(ExtractionBudget.DEFAULT);

    assertRefused(Reason.TOO_LARGE_UNPACKED, file, inspector, stripper);
    assertEquals(0, stripper.pagesRead(), "refused before any page was unpacked");
  }

  /** The same blanks in a form the page draws, rather than in the page itself. */
  @Test
  void refusesAFormThatUnpacksIntoHundredsOfMegabytesOfBlanks() throws IOException {
    Path file = dir.resolve("skjema.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      PDFormXObject form = new PDFormXObject(document);
      try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
        byte[] blanks = " ".repeat(1_000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 200_000; i++) {
          out.write(blanks);
        }
      }
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("X1"), form);
      page.setResources(resources);
      PDStream content = new PDStream(document);
      try (OutputStream out = content.createOutputStream()) {
        out.write("/X1 Do\n".getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(content);
      document.addPage(page);
      document.save(file.toFile());
    }
    BoundedTextStripper stripper = new BoundedTextStripper(ExtractionBudget.DEFAULT);

    assertRefused(Reason.TOO_LARGE_UNPACKED, file, inspector, stripper);
    assertEquals(0, stripper.pagesRead(), "refused before any page was unpacked");
  }

  @Test
  void stopsAtTheGlyphBudgetInsideOnePage() throws IOException {
    Path file = bomb("bombe.pdf", 10_000, "BT /F1 1 Tf (" + "A".repeat(64) + ") Tj ET\n");
    ExtractionBudget budget = new ExtractionBudget(1_000_000, 10, 1_000_000, 5_000);
    BoundedTextStripper stripper = new BoundedTextStripper(budget);

    assertRefused(Reason.TOO_LARGE_UNPACKED, file, new PdfInspector(budget), stripper);
    assertEquals(5_001, stripper.glyphs());
    assertTrue(stripper.operators() < 1_000, "operators read: " + stripper.operators());
  }

  /** Drawing without text costs work too: a page of a million empty graphics states. */
  @Test
  void stopsAtTheOperatorBudget() throws IOException {
    Path file = bomb("strek.pdf", 500_000, "q Q\n");
    ExtractionBudget budget = new ExtractionBudget(1_000_000, 10, 10_000, 1_000_000);
    BoundedTextStripper stripper = new BoundedTextStripper(budget);

    assertRefused(Reason.TOO_LARGE_UNPACKED, file, new PdfInspector(budget), stripper);
    assertEquals(10_001, stripper.operators());
  }

  @Test
  void refusesMorePagesThanTheBudget() throws IOException {
    Path file = twoPagePdf("to-sider.pdf", null);
    ExtractionBudget budget = new ExtractionBudget(1_000_000, 1, 1_000_000, 1_000_000);

    assertRefused(
        Reason.TOO_LARGE_UNPACKED, file, new PdfInspector(budget), new BoundedTextStripper(budget));
  }

  @Test
  void readsNoPagesAfterTheTextIsFull() throws IOException {
    Path file = twoPagePdf("rapport.pdf", null);
    ExtractionBudget budget = ExtractionBudget.DEFAULT.withMaxTextChars(10);
    BoundedTextStripper stripper = new BoundedTextStripper(budget);

    Inspection inspection = new PdfInspector(budget).inspect(file, stripper);

    assertEquals(2, inspection.pages());
    assertEquals(PAGE_ONE.substring(0, 10), inspection.text());
    assertEquals(1, stripper.pagesRead());
  }

  private void assertRefused(Reason expected, Path file) {
    AttachmentRefused refused =
        assertThrows(AttachmentRefused.class, () -> inspector.inspect(file));
    assertEquals(expected, refused.reason());
    assertEquals(expected.messageKey(), refused.messageKey());
  }

  private static void assertRefused(
      Reason expected, Path file, PdfInspector inspector, BoundedTextStripper stripper) {
    AttachmentRefused refused =
        assertThrows(AttachmentRefused.class, () -> inspector.inspect(file, stripper));
    assertEquals(expected, refused.reason());
  }

  /** One page whose Flate-compressed content repeats {@code operators} {@code times}. */
  private Path bomb(String name, int times, String operators) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      PDStream content = new PDStream(document);
      try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] bytes = operators.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < times; i++) {
          out.write(bytes);
        }
      }
      page.setContents(content);
      document.addPage(page);
      document.save(file.toFile());
    }
    return file;
  }

  private Path twoPagePdf(String name, StandardProtectionPolicy protection) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument document = new PDDocument()) {
      addPage(document, PAGE_ONE);
      addPage(document, PAGE_TWO);
      if (protection != null) {
        document.protect(protection);
      }
      document.save(file.toFile());
    }
    return file;
  }

  private static void addPage(PDDocument document, String text) throws IOException {
    PDPage page = new PDPage();
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(72, 700);
      content.showText(text);
      content.endText();
    }
  }

  private static AccessPermission all() {
    return new AccessPermission();
  }

  private static AccessPermission noCopying() {
    AccessPermission permission = new AccessPermission();
    permission.setCanExtractContent(false);
    return permission;
  }
}
