package vn.bulletin.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A term record as the chunks of a space hold it: term, df, flags (1 truncated, 2 postings in their
 * own file), variants, posting count, then the postings' byte length and bytes (or the name of their
 * file). A posting is the slot gap, the impact byte and, with two variants or more, the variant mask.
 * Records are kept encoded between builds; {@link #header} reads back what an update needs.
 */
final class RecordCodec {
  /** Postings larger than this get their own file, fetched only when the term is queried. */
  static final int OWN_FILE = 12 * 1024;

  /** What an update reads of a kept record: inline slots, or the file holding them. */
  record Header(String term, int df, boolean truncated, int variants, int count, String file, int postingsAt,
      int postingsEnd, boolean fields) {
    /** Bytes of a posting after its slot gap. */
    int step() {
      return 1 + (fields ? 1 : 0) + (variants > 1 ? 1 : 0);
    }
  }

  private RecordCodec() {}

  static byte[] encode(TermRecord r, ExportFiles files) {
    ByteSink postings = new ByteSink();
    boolean masked = r.masks().length > 0;
    boolean fields = r.fieldDfs().length > 0;
    int previous = 0;
    for (int i = 0; i < r.docs().length; i++) {
      postings.varint(r.docs()[i] - previous);
      previous = r.docs()[i];
      if (fields) {
        postings.write(r.titleImpacts()[i]);
      }
      postings.write(r.impacts()[i]);
      if (masked) {
        postings.write(r.masks()[i]);
      }
    }
    boolean ownFile = postings.size() > OWN_FILE;
    ByteSink out = new ByteSink();
    out.string(r.term());
    out.varint(r.df());
    out.write((r.truncated() ? 1 : 0) | (ownFile ? 2 : 0) | (fields ? 4 : 0));
    for (int df : r.fieldDfs()) {
      out.varint(df);
    }
    out.varint(r.variants().size());
    r.variants().forEach(out::string);
    out.varint(r.docs().length);
    if (ownFile) {
      out.string(files.addChunk("t", postings.toByteArray()));
    } else {
      out.varint(postings.size());
      out.write(postings.toByteArray());
    }
    return out.toByteArray();
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
    int variants = (int) r.varint();
    for (int i = 0; i < variants; i++) {
      r.string();
    }
    int count = (int) r.varint();
    if ((flags & 2) != 0) {
      String file = r.string();
      return new Header(term, df, (flags & 1) != 0, variants, count, file, r.pos, r.pos, fields);
    }
    int length = (int) r.varint();
    return new Header(term, df, (flags & 1) != 0, variants, count, null, r.pos, r.pos + length, fields);
  }

  /** The slots of a record whose postings are inline. */
  static List<Integer> slots(byte[] record, Header h) {
    Reader r = new Reader(record, h.postingsAt());
    List<Integer> slots = new ArrayList<>(h.count());
    int slot = 0;
    for (int i = 0; i < h.count(); i++) {
      slot += (int) r.varint();
      slots.add(slot);
      r.pos += h.step();
    }
    return slots;
  }

  /** Whether an inline record holds a slot of {@code wanted} (flags by slot). */
  static boolean holdsAny(byte[] record, Header h, boolean[] wanted) {
    Reader r = new Reader(record, h.postingsAt());
    int step = h.step();
    int slot = 0;
    for (int i = 0; i < h.count(); i++) {
      slot += (int) r.varint();
      if (slot < wanted.length && wanted[slot]) {
        return true;
      }
      r.pos += step;
    }
    return false;
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
