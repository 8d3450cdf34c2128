package vn.bulletin.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts the sorted, encoded records of one space ({@link RecordCodec}) into chunks. A chunk closes
 * after a term whose hash says so once the chunk holds {@link #MIN_CHUNK} bytes: boundaries follow
 * the terms, not the running size, so a changed item rewrites the chunks of its terms and not every
 * chunk after them.
 */
final class SpaceWriter {
  static final int MIN_CHUNK = 8 * 1024;
  static final int MAX_CHUNK = 20 * 1024;

  /** Where the chunks of a space are: first keys (shortest separators) and names. */
  record Directory(List<String> keys, List<String> names) {}

  private final ExportFiles files;
  private final String dir;
  private final ByteSink chunk = new ByteSink();
  private final List<String> keys = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private String firstTerm;
  private String lastTerm = "";
  private String previousLast = "";

  SpaceWriter(ExportFiles files, String dir) {
    this.files = files;
    this.dir = dir;
  }

  /** Writes every record of the space, in term order. */
  Directory write(Map<String, byte[]> records) {
    records.forEach(this::add);
    if (chunk.size() > 0) {
      close();
    }
    return new Directory(List.copyOf(keys), List.copyOf(names));
  }

  private void add(String term, byte[] record) {
    if (firstTerm == null) {
      firstTerm = term;
    }
    chunk.write(record);
    lastTerm = term;
    if (chunk.size() >= MAX_CHUNK || chunk.size() >= MIN_CHUNK && (fnv1a(term) & 3) == 0) {
      close();
    }
  }

  private void close() {
    keys.add(keys.isEmpty() ? "" : separator(previousLast, firstTerm));
    names.add(files.addChunk(dir, chunk.toByteArray()));
    previousLast = lastTerm;
    chunk.clear();
    firstTerm = null;
  }

  // The shortest prefix of first that sorts after last: enough to find the chunk of any term.
  static String separator(String last, String first) {
    int common = 0;
    while (common < last.length()
        && common < first.length()
        && last.charAt(common) == first.charAt(common)) {
      common++;
    }
    int end = Math.min(first.length(), common + 1);
    if (end < first.length() && Character.isHighSurrogate(first.charAt(end - 1))) {
      end++;
    }
    return first.substring(0, end);
  }

  static int fnv1a(String text) {
    int hash = 0x811c9dc5;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= 0x01000193;
    }
    return hash;
  }
}
