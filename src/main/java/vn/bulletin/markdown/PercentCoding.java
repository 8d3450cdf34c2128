package vn.bulletin.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Percent-escapes in URL paths. Editors write {@code ảnh%201.jpg} or {@code ảnh 1.jpg}; the file is
 * {@code ảnh 1.jpg}. Paths are decoded to find files and encoded again, minimally (only what would
 * end or break a path), when written into a page; Vietnamese letters stay readable.
 */
final class PercentCoding {
  private static final String ENCODED = " %#?\"<>\\^`{|}";

  private PercentCoding() {}

  /** The path with {@code %XX} escapes decoded as UTF-8; unchanged if they are not valid UTF-8. */
  static String decode(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      int hi = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
      int lo = i + 2 < path.length() ? Character.digit(path.charAt(i + 2), 16) : -1;
      if (c == '%' && hi >= 0 && lo >= 0) {
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return path;
    }
  }

  /** The path with spaces, {@code %}, {@code #}, {@code ?} and the like escaped. */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (ENCODED.indexOf(c) >= 0 || c < 0x20 || c == 0x7F) {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
