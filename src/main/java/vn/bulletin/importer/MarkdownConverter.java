package vn.bulletin.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.text.Normalizer;

/**
 * Turns cleaned body HTML into Markdown with Flexmark's converter, built once. ATX headings, no
 * unknown tags passed through (the safelist left only what Markdown can say), and plain quotes.
 */
final class MarkdownConverter {
  private final FlexmarkHtmlConverter converter;

  MarkdownConverter() {
    MutableDataSet options =
        new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
            .set(FlexmarkHtmlConverter.NBSP_TEXT, " ")
            .set(FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES, 0)
            .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
    this.converter = FlexmarkHtmlConverter.builder(options).build();
  }

  String convert(String html) {
    String markdown = converter.convert(html);
    String tidy =
        markdown
            .replace("\r\n", "\n")
            .replaceAll("(?m)[ \\t]+$", "")
            .replaceAll("\n{3,}", "\n\n")
            .strip();
    return Normalizer.normalize(tidy, Normalizer.Form.NFC) + "\n";
  }
}
