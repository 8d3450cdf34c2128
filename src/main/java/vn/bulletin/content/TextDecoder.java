package vn.bulletin.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes a file's bytes as strict UTF-8 and normalises it: no BOM, LF newlines, NFC (files saved
 * on macOS arrive decomposed, which would make "Hàm Cần" differ from itself).
 */
public final class TextDecoder {
  private TextDecoder() {}

  /** Thrown for bytes that are not UTF-8, with the 1-based line where the first bad byte is. */
  public static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final int lineNumber;

    NotUtf8Exception(int lineNumber) {
      this.lineNumber = lineNumber;
    }

    public int lineNumber() {
      return lineNumber;
    }
  }

  public static String decode(byte[] bytes) throws NotUtf8Exception {
    // Most files are valid UTF-8 without U+FFFD, which the fast decoder gives for bad bytes; only
    // the others go through the strict decoder, to find the line of the first bad byte.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return normalize(fast);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new NotUtf8Exception(lineOf(bytes, in.position()));
    }
    decoder.flush(out);
    return normalize(out.flip().toString());
  }

  private static String normalize(String decoded) {
    String text = decoded;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  // Counts lines as decode() will: CRLF, LF and a lone CR each end one.
  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
      if (bytes[i] == '\n' || bytes[i] == '\r' && !crlf) {
        line++;
      }
    }
    return line;
  }
}
