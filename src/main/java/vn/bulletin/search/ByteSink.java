package vn.bulletin.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing byte buffer with the few encodings the static index uses (LEB128 varints, UTF-8). */
final class ByteSink {
  private byte[] bytes = new byte[256];
  private int size;

  void write(int b) {
    if (size == bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    bytes[size++] = (byte) b;
  }

  void write(byte[] data) {
    if (size + data.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + data.length));
    }
    System.arraycopy(data, 0, bytes, size, data.length);
    size += data.length;
  }

  void varint(long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    write((int) v);
  }

  /** A length-prefixed UTF-8 string. */
  void string(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    varint(utf8.length);
    write(utf8);
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }
}
