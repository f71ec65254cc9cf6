package no.boforum.practice.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import no.boforum.practice.attachment.AttachmentRefused.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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

    Inspection inspection = new PdfInspector(10).inspect(file);

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

  @Test
  void refusesAPdfWithoutPages() throws IOException {
    Path file = dir.resolve("utan-sider.pdf");
    try (PDDocument document = new PDDocument()) {
      document.save(file.toFile());
    }

    assertRefused(Reason.EMPTY, file);
  }

  private void assertRefused(Reason expected, Path file) {
    AttachmentRefused refused =
        assertThrows(AttachmentRefused.class, () -> inspector.inspect(file));
    assertEquals(expected, refused.reason());
    assertEquals(expected.messageKey(), refused.messageKey());
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
