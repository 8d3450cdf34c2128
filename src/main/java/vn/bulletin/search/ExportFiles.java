package vn.bulletin.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * The files of {@code site/search/}. Chunks are gzip-compressed here, so a query's cost does not
 * depend on how the host compresses, and named by a hash of their content: a chunk that did not
 * change keeps its name and its bytes, and a browser may cache it forever.
 */
final class ExportFiles {
  static final String ROOT = "search/";
  /** Hex digits of SHA-256 in a chunk's name; a clash is checked for, never assumed away. */
  static final int NAME_LENGTH = 10;

  private final SortedMap<String, byte[]> files = new TreeMap<>();
  private final Map<String, byte[]> rawByPath = new HashMap<>();

  /** Adds a chunk under {@code search/<dir>/} and returns its name. */
  String addChunk(String dir, byte[] raw) {
    String name = HexFormat.of().formatHex(sha256(raw)).substring(0, NAME_LENGTH);
    String path = ROOT + dir + "/" + name + ".bin";
    byte[] previous = rawByPath.putIfAbsent(path, raw);
    if (previous != null && !java.util.Arrays.equals(previous, raw)) {
      throw new IllegalStateException("two search chunks share the name " + path);
    }
    files.put(path, gzip(raw));
    return name;
  }

  void add(String name, byte[] bytes) {
    files.put(ROOT + name, bytes);
  }

  SortedMap<String, byte[]> all() {
    return files;
  }

  private static byte[] sha256(byte[] raw) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(raw);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // GZIPOutputStream writes no file name and a zero time stamp, so equal input gives equal bytes.
  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
