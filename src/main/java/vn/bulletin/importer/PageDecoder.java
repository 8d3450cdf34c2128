package vn.bulletin.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import vn.bulletin.check.LegacyEncodingDetector;

/**
 * Reads a saved page's bytes as old portals wrote them: the bytes decide when they are valid UTF-8,
 * whatever the meta charset claims; otherwise the declared charset, and Windows-1258 when there is
 * none. Text comes out in NFC (Windows-1258 writes tone marks as separate characters), with TCVN3
 * or VNI text converted.
 */
final class PageDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private final LegacyTextConverter legacy = new LegacyTextConverter();

  /** The decoded page and the charset its bytes were read in. */
  record Decoded(Document document, Charset charset, boolean legacyConverted) {}

  Decoded decode(byte[] bytes, String baseUri, Optional<String> headerCharset) {
    Charset charset = charset(bytes, headerCharset);
    String text = new String(bytes, charset);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Document document = Jsoup.parse(Normalizer.normalize(text, Normalizer.Form.NFC), baseUri);
    boolean converted = false;
    if (suspiciousWords(document.text()) < LegacyEncodingDetector.MIN_WORDS) {
      return new Decoded(document, charset, false);
    }
    for (var element : document.getAllElements()) {
      for (TextNode node : element.textNodes()) {
        converted |= convert(node);
      }
    }
    return new Decoded(document, charset, converted);
  }

  private static long suspiciousWords(String text) {
    return java.util.Arrays.stream(text.split("[^\\p{L}\\u00A1-\\u00FF]+"))
        .filter(LegacyEncodingDetector::isSuspicious)
        .count();
  }

  private boolean convert(TextNode node) {
    String text = node.getWholeText();
    String converted = legacy.convert(text);
    if (converted.equals(text)) {
      return false;
    }
    node.text(converted);
    return true;
  }

  static Charset charset(byte[] bytes, Optional<String> headerCharset) {
    if (isUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    Optional<Charset> declared =
        headerCharset
            .or(() -> metaCharset(bytes))
            .flatMap(PageDecoder::lookUp)
            .filter(c -> !c.equals(StandardCharsets.UTF_8));
    return declared.orElse(WINDOWS_1258);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Optional<String> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> lookUp(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    try {
      return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
