package vn.bulletin.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Stands in for a PDF's fonts that are not embedded with the one font PDFBox ships. PDFBox's own
 * mapper looks for a system font to draw them with: on first use it opens every font installed
 * (seconds to minutes on a server with many) and writes a cache to the user's home folder. Text
 * extraction never draws a glyph, so the build needs none of that. PDFBox offers only a JVM-wide
 * hook for this; it is set once, before the first PDF is read.
 */
final class BundledFonts implements FontMapper {
  private static final String FALLBACK =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final TrueTypeFont fallback;

  private BundledFonts() {
    try (InputStream in = FontMapper.class.getResourceAsStream(FALLBACK)) {
      fallback = new TTFParser().parse(new RandomAccessReadBuffer(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Installed {
    static {
      FontMappers.set(new BundledFonts());
    }

    static void touch() {}
  }

  /** Installs the mapper, once for the JVM. */
  static void install() {
    Installed.touch();
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(fallback, true);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(fallback, true);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
    return new CIDFontMapping(null, fallback, true);
  }
}
