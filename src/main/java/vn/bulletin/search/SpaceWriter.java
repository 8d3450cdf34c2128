package vn.bulletin.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes the sorted terms of one space into chunks. A chunk closes after a term whose hash says so
 * once the chunk holds {@link #MIN_CHUNK} bytes: boundaries follow the terms, not the running size, so
 * adding an item rewrites the chunks of its terms and not every chunk after them.
 *
 * <p>Record: term, df, flags (1 truncated, 2 postings in their own file), variants, posting count,
 * then the postings' byte length and bytes (or the name of their file). A posting is the doc id gap,
 * the impact byte and, with two variants or more, the variant mask.
 */
final class SpaceWriter {
  static final int MIN_CHUNK = 8 * 1024;
  static final int MAX_CHUNK = 20 * 1024;
  /** Postings larger than this get their own file, fetched only when the term is queried. */
  static final int OWN_FILE = 12 * 1024;

  /** Where the chunks of a space are: first keys (shortest separators) and names. */
  record Directory(List<String> keys, List<String> names) {}

  private final ExportFiles files;
  private final String dir;
  private final ByteSink chunk = new ByteSink();
  private final ByteSink postings = new ByteSink();
  private final List<String> keys = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private String firstTerm;
  private String lastTerm = "";
  private String previousLast = "";

  SpaceWriter(ExportFiles files, String dir) {
    this.files = files;
    this.dir = dir;
  }

  void add(TermRecord record) {
    if (firstTerm == null) {
      firstTerm = record.term();
    }
    encode(record);
    lastTerm = record.term();
    if (chunk.size() >= MAX_CHUNK || chunk.size() >= MIN_CHUNK && (fnv1a(record.term()) & 3) == 0) {
      close();
    }
  }

  Directory finish() {
    if (chunk.size() > 0) {
      close();
    }
    return new Directory(List.copyOf(keys), List.copyOf(names));
  }

  private void encode(TermRecord r) {
    postings.clear();
    boolean masked = r.masks().length > 0;
    int previous = 0;
    for (int i = 0; i < r.docs().length; i++) {
      postings.varint(r.docs()[i] - previous);
      previous = r.docs()[i];
      postings.write(r.impacts()[i]);
      if (masked) {
        postings.write(r.masks()[i]);
      }
    }
    boolean ownFile = postings.size() > OWN_FILE;
    chunk.string(r.term());
    chunk.varint(r.df());
    chunk.write((r.truncated() ? 1 : 0) | (ownFile ? 2 : 0));
    chunk.varint(r.variants().size());
    r.variants().forEach(chunk::string);
    chunk.varint(r.docs().length);
    if (ownFile) {
      chunk.string(files.addChunk("t", postings.toByteArray()));
    } else {
      chunk.varint(postings.size());
      chunk.write(postings.toByteArray());
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
    while (common < last.length() && common < first.length() && last.charAt(common) == first.charAt(common)) {
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
