package vn.bulletin.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text inside one file, or why there is none: PDF with PDFBox, DOCX and XLSX with POI. */
final class TextExtractor {
  /** A file's text; {@code problem} is empty when it was read, else says why it could not be. */
  record Extracted(String text, String problem) {
    static Extracted read(String text) {
      return new Extracted(text, "");
    }

    static Extracted unreadable(String problem) {
      return new Extracted("", problem);
    }
  }

  static final String ENCRYPTED = "it is encrypted";

  private TextExtractor() {}

  /** A PDF that opens but forbids copying its text out. */
  private static final class Locked extends IOException {
    Locked() {
      super("text extraction is not permitted");
    }
  }

  static Extracted extract(Path file, FileType type) {
    try {
      return switch (type) {
        case PDF -> Extracted.read(pdf(file));
        case DOCX -> Extracted.read(docx(file));
        case XLSX -> Extracted.read(xlsx(file));
        default -> Extracted.read("");
      };
    } catch (InvalidPasswordException | Locked e) {
      return Extracted.unreadable(ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      // POI and PDFBox report damaged files with many runtime exceptions of their own.
      return Extracted.unreadable("it is damaged (" + reason(e) + ")");
    }
  }

  private static String pdf(Path file) throws IOException {
    BundledFonts.install();
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
        throw new Locked();
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  private static String docx(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument document = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  private static String xlsx(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in);
        XSSFExcelExtractor extractor = new XSSFExcelExtractor(book)) {
      return extractor.getText();
    }
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }
}
