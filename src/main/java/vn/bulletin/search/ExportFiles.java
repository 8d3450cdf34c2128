package vn.bulletin.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

/**
 * The files of {@code site/search/} one export makes. Chunks are gzip-compressed, so a query's cost
 * does not depend on how the host compresses, and named by a hash of their content: a chunk that
 * did not change keeps its name and its bytes, and a browser may cache it forever. A chunk the live
 * export already holds is marked unchanged and is not compressed again.
 */
final class ExportFiles {
  static final String ROOT = SearchExport.FOLDER;

  /** Hex digits of SHA-256 in a chunk's name; a clash is checked for, never assumed away. */
  static final int NAME_LENGTH = 10;

  private final Predicate<String> live;
  private final SortedMap<String, SearchExport.File> files = new TreeMap<>();
  private final Map<String, byte[]> rawByPath = new TreeMap<>();

  /**
   * @param live whether the live release holds a chunk of the previous export at this path
   */
  ExportFiles(Predicate<String> live) {
    this.live = live;
  }

  boolean isLive(String dir, String name) {
    return live.test(path(dir, name));
  }

  /** A chunk of the live export this one holds unchanged, though its content is not at hand. */
  void keepLive(String dir, String name) {
    String path = path(dir, name);
    files.putIfAbsent(
        path,
        new SearchExport.File(
            path,
            true,
            () -> {
              throw new IllegalStateException("the live release no longer holds " + path);
            }));
  }

  private static String path(String dir, String name) {
    return ROOT + dir + "/" + name + ".bin";
  }

  /** The content of every chunk this export made, by path. */
  Map<String, byte[]> raw() {
    return rawByPath;
  }

  /** Adds a chunk under {@code search/<dir>/} and returns its name. */
  String addChunk(String dir, byte[] raw) {
    String name = HexFormat.of().formatHex(sha256(raw)).substring(0, NAME_LENGTH);
    String path = path(dir, name);
    byte[] previous = rawByPath.putIfAbsent(path, raw);
    if (previous != null && !Arrays.equals(previous, raw)) {
      throw new IllegalStateException("two search chunks share the name " + path);
    }
    files.putIfAbsent(path, new SearchExport.File(path, live.test(path), () -> gzip(raw)));
    return name;
  }

  void add(String name, byte[] bytes) {
    files.put(ROOT + name, new SearchExport.File(ROOT + name, false, () -> bytes));
  }

  SortedMap<String, SearchExport.File> all() {
    return files;
  }

  static byte[] sha256(byte[] raw) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(raw);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // GZIPOutputStream writes no file name and a zero time stamp, so equal input gives equal bytes.
  static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
