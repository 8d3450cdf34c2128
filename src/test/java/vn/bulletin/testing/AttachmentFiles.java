package vn.bulletin.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** PDF and DOCX files made in a test, with the text given: what documents attach. */
public final class AttachmentFiles {
  // The font PDFBox ships: a standard font would make PDFBox look through the system's fonts.
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private AttachmentFiles() {}

  /**
   * A PDF of {@code pages} pages, each holding the lines, in a font embedded so Vietnamese shows.
   */
  public static byte[] pdf(int pages, String... lines) {
    return pdf(pages, null, lines);
  }

  /** A PDF that opens only with a password. */
  public static byte[] encryptedPdf(String... lines) {
    return pdf(1, "mat-khau", lines);
  }

  private static byte[] pdf(int pages, String password, String... lines) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font;
      try (InputStream ttf = PDDocument.class.getResourceAsStream(FONT)) {
        font = PDType0Font.load(document, ttf);
      }
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
          text.beginText();
          text.setFont(font, 11);
          text.setLeading(14);
          text.newLineAtOffset(60, 740);
          for (String line : lines) {
            text.showText(line);
            text.newLine();
          }
          text.endText();
        }
      }
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("chu-so-huu", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Word document of one paragraph per text; Vietnamese works, as DOCX holds Unicode. */
  public static byte[] docx(String... paragraphs) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String text : paragraphs) {
        document.createParagraph().createRun().setText(text);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
