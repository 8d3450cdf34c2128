package vn.bulletin.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A term record as the chunks of a space hold it: term, df, flags (1 truncated, 2 postings in their
 * own file, 4 a unigram's two fields), for a unigram its df in the title and in the body, its
 * spellings (each with its df in the title and the body when there are two or more), the posting
 * count, then the postings' byte length and bytes (or the name of their file).
 *
 * <p>A posting is the slot gap, then how often the item holds the term: in the title and in the
 * body for a unigram, once for a bigram. With two spellings or more it goes on with the spellings
 * the item holds: the first one's number, doubled, plus one if more follow; then for each but the
 * last its counts in the title and the body and the gap to the next number, doubled, plus one if
 * more follow. The last one's counts are what the fold's counts leave. Records are kept encoded
 * between builds; {@link #header} reads back what an update needs.
 */
final class RecordCodec {
  /** Postings larger than this get their own file, fetched only when the term is queried. */
  static final int OWN_FILE = 12 * 1024;

  /** What an update reads of a kept record: inline slots, or the file holding them. */
  record Header(
      String term,
      int df,
      boolean truncated,
      int forms,
      int count,
      String file,
      int postingsAt,
      int postingsEnd,
      boolean fields) {}

  private RecordCodec() {}

  static byte[] encode(TermRecord r, ExportFiles files) {
    byte[] postings = postings(r);
    boolean fields = r.fieldDfs().length > 0;
    boolean ownFile = postings.length > OWN_FILE;
    ByteSink out = new ByteSink();
    out.string(r.term());
    out.varint(r.df());
    out.write((r.truncated() ? 1 : 0) | (ownFile ? 2 : 0) | (fields ? 4 : 0));
    for (int df : r.fieldDfs()) {
      out.varint(df);
    }
    List<String> forms = r.spellings().forms();
    out.varint(forms.size());
    for (int i = 0; i < forms.size(); i++) {
      out.string(forms.get(i));
      if (forms.size() > 1) {
        out.varint(r.spellings().titleDfs()[i]);
        out.varint(r.spellings().bodyDfs()[i]);
      }
    }
    out.varint(r.docs().length);
    if (ownFile) {
      out.string(files.addChunk("t", postings));
    } else {
      out.varint(postings.length);
      out.write(postings);
    }
    return out.toByteArray();
  }

  private static byte[] postings(TermRecord r) {
    ByteSink out = new ByteSink();
    boolean fields = r.fieldDfs().length > 0;
    boolean spelled = r.spellings().forms().size() > 1;
    int previous = 0;
    for (int i = 0; i < r.docs().length; i++) {
      out.varint(r.docs()[i] - previous);
      previous = r.docs()[i];
      if (fields) {
        out.varint(r.titleFreqs()[i]);
      }
      out.varint(r.freqs()[i]);
      if (spelled) {
        spellings(r.spellings().byPosting()[i], out);
      }
    }
    return out.toByteArray();
  }

  // The spellings one item holds, [form, titleFreq, bodyFreq, ...] in the order of the forms.
  private static void spellings(int[] held, ByteSink out) {
    if (held.length == 0) {
      throw new IllegalStateException("an item holds a folded syllable in none of its spellings");
    }
    out.varint(held[0] << 1 | (held.length > 3 ? 1 : 0));
    for (int i = 3; i < held.length; i += 3) {
      out.varint(held[i - 2]);
      out.varint(held[i - 1]);
      out.varint((held[i] - held[i - 3]) << 1 | (i + 3 < held.length ? 1 : 0));
    }
  }

  /** Splits a chunk into its records, by term, in order. */
  static void split(byte[] chunk, Map<String, byte[]> into) {
    Reader r = new Reader(chunk, 0);
    while (r.pos < chunk.length) {
      int start = r.pos;
      Header h = header(r);
      r.pos = h.postingsEnd();
      into.put(h.term(), java.util.Arrays.copyOfRange(chunk, start, r.pos));
    }
  }

  static Header header(byte[] record) {
    return header(new Reader(record, 0));
  }

  private static Header header(Reader r) {
    String term = r.string();
    int df = (int) r.varint();
    int flags = r.bytes[r.pos++];
    boolean fields = (flags & 4) != 0;
    if (fields) {
      r.varint();
      r.varint();
    }
    int forms = (int) r.varint();
    for (int i = 0; i < forms; i++) {
      r.string();
      if (forms > 1) {
        r.varint();
        r.varint();
      }
    }
    int count = (int) r.varint();
    if ((flags & 2) != 0) {
      String file = r.string();
      return new Header(term, df, (flags & 1) != 0, forms, count, file, r.pos, r.pos, fields);
    }
    int length = (int) r.varint();
    return new Header(
        term, df, (flags & 1) != 0, forms, count, null, r.pos, r.pos + length, fields);
  }

  /** Whether an inline record holds a slot of {@code wanted} (flags by slot). */
  static boolean holdsAny(byte[] record, Header h, boolean[] wanted) {
    Reader r = new Reader(record, h.postingsAt());
    int slot = 0;
    for (int i = 0; i < h.count(); i++) {
      slot += (int) r.varint();
      if (slot < wanted.length && wanted[slot]) {
        return true;
      }
      skipCounts(r, h);
    }
    return false;
  }

  /** Told of each posting of a record: its slot and counts (the title's is 0 for a bigram). */
  @FunctionalInterface
  interface PostingVisitor {
    void posting(int slot, int titleFreq, int freq);
  }

  /** Each posting of a record whose postings it holds itself ({@code h.file()} is null). */
  static void forEachPosting(byte[] record, Header h, PostingVisitor visitor) {
    Reader r = new Reader(record, h.postingsAt());
    int slot = 0;
    for (int i = 0; i < h.count(); i++) {
      slot += (int) r.varint();
      int title = h.fields() ? (int) r.varint() : 0;
      int freq = (int) r.varint();
      visitor.posting(slot, title, freq);
      skipSpellings(r, h);
    }
  }

  // What follows a posting's slot gap.
  private static void skipCounts(Reader r, Header h) {
    if (h.fields()) {
      r.varint();
    }
    r.varint();
    skipSpellings(r, h);
  }

  private static void skipSpellings(Reader r, Header h) {
    if (h.forms() > 1) {
      long more = r.varint() & 1;
      while (more != 0) {
        r.varint();
        r.varint();
        more = r.varint() & 1;
      }
    }
  }

  private static final class Reader {
    final byte[] bytes;
    int pos;

    Reader(byte[] bytes, int pos) {
      this.bytes = bytes;
      this.pos = pos;
    }

    long varint() {
      long value = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[pos++];
        value |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      return value;
    }

    String string() {
      int n = (int) varint();
      String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }
  }
}
