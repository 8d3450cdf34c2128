package vn.bulletin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.SmallFloat;
import vn.bulletin.model.Category;

/**
 * The published items of one build by export slot: path, place in date order, category and the
 * lengths BM25 weighs with, and the collection's statistics per field. Small (a few numbers per
 * item), so each build makes it whole.
 */
final class DocTable {
  /** The three lengths of an item: title, body, bigrams. */
  record Lengths(int title, int body, int bigrams) {}

  final int docs;
  final int slots;
  final Map<String, Integer> slotOf;
  final String[] path;

  /** 1 for the oldest item up to {@link #docs} for the newest; 0 for an empty slot. */
  final int[] order;

  final String[] category;
  final String[] categoryName;

  /** Lengths as Lucene's one-byte norms keep them, by slot. */
  final int[] titleLength;

  final int[] bodyLength;
  final int[] bigramLength;

  /**
   * How many items have a title, a body and bigrams: the document counts of Lucene's idf per field.
   */
  final int titleDocs;

  final int bodyDocs;
  final int bigramDocs;

  /** The lengths' sums, from which Lucene's BM25 takes each field's average length. */
  final long titleSum;

  final long bodySum;
  final long bigramSum;

  /**
   * The averages rounded to two significant digits: what a very common syllable's postings are cut
   * by.
   */
  final double titleAverage;

  final double bodyAverage;
  final double bigramAverage;

  /**
   * @param newestFirst the plan's order; {@code lengths} has every path
   */
  /**
   * @param categories by path, none for the table of a previous build read back from its index
   * @param previous a table whose slots these items may keep: when its paths are these, its slots
   *     are theirs
   */
  DocTable(
      List<String> newestFirst,
      Map<String, Category> categories,
      Map<String, Lengths> lengths,
      DocTable previous) {
    docs = newestFirst.size();
    slots = Slots.size(docs);
    slotOf =
        previous != null && previous.slots == slots && previous.holdsExactly(newestFirst)
            ? previous.slotOf
            : Slots.assign(newestFirst, slots);
    path = new String[slots];
    order = new int[slots];
    category = new String[slots];
    categoryName = new String[slots];
    titleLength = new int[slots];
    bodyLength = new int[slots];
    bigramLength = new int[slots];
    long[] sums = new long[3];
    int[] counts = new int[3];
    for (int i = 0; i < docs; i++) {
      String p = newestFirst.get(i);
      int slot = slotOf.get(p);
      path[slot] = p;
      order[slot] = docs - i;
      Category c = categories.get(p);
      category[slot] = c == null ? null : c.slug();
      categoryName[slot] = c == null ? null : c.name();
      Lengths l = lengths.get(p);
      titleLength[slot] = normLength(l.title());
      bodyLength[slot] = normLength(l.body());
      bigramLength[slot] = normLength(l.bigrams());
      add(sums, counts, 0, l.title());
      add(sums, counts, 1, l.body());
      add(sums, counts, 2, l.bigrams());
    }
    titleDocs = counts[0];
    bodyDocs = counts[1];
    bigramDocs = counts[2];
    titleSum = sums[0];
    bodySum = sums[1];
    bigramSum = sums[2];
    titleAverage = average(sums[0], counts[0]);
    bodyAverage = average(sums[1], counts[1]);
    bigramAverage = average(sums[2], counts[2]);
  }

  /**
   * Whether the slots and the pruning of rare bigrams are those of {@code other}: then a record
   * made for {@code other} holds for this table too, unless it is cut ({@link #sameAverages}).
   */
  boolean sameSlots(DocTable other) {
    return slots == other.slots && prunes() == other.prunes();
  }

  /**
   * Whether the rounded averages, which decide what a cut record keeps, are those of {@code other}.
   */
  boolean sameAverages(DocTable other) {
    return titleAverage == other.titleAverage
        && bodyAverage == other.bodyAverage
        && bigramAverage == other.bigramAverage;
  }

  /**
   * Whether the item in {@code slot} has the length norms the item in that slot of {@code other}
   * has.
   */
  boolean sameLengths(int slot, DocTable other) {
    return titleLength[slot] == other.titleLength[slot]
        && bodyLength[slot] == other.bodyLength[slot]
        && bigramLength[slot] == other.bigramLength[slot];
  }

  /**
   * Lucene's one-byte length norm of each slot's title, then of each slot's body, then of each
   * slot's bigrams (0 for an empty slot): what the page's BM25 reads an item's lengths from.
   */
  byte[] norms() {
    byte[] out = new byte[3 * slots];
    for (int s = 0; s < slots; s++) {
      out[s] = SmallFloat.intToByte4(titleLength[s]);
      out[slots + s] = SmallFloat.intToByte4(bodyLength[s]);
      out[2 * slots + s] = SmallFloat.intToByte4(bigramLength[s]);
    }
    return out;
  }

  private boolean holdsExactly(List<String> paths) {
    if (paths.size() != slotOf.size()) {
      return false;
    }
    for (String p : paths) {
      if (!slotOf.containsKey(p)) {
        return false;
      }
    }
    return true;
  }

  boolean prunes() {
    return docs >= Postings.PRUNE_FROM;
  }

  /** Slots in ascending order, of the items in {@code slug}. */
  List<Integer> slotsOf(String slug) {
    List<Integer> out = new ArrayList<>();
    for (int s = 0; s < slots; s++) {
      if (slug.equals(category[s])) {
        out.add(s);
      }
    }
    return out;
  }

  private static void add(long[] sums, int[] counts, int field, int length) {
    if (length > 0) {
      sums[field] += length;
      counts[field]++;
    }
  }

  // Lucene's BM25 reads a length back from its one-byte norm; the export uses the same value.
  static int normLength(int length) {
    return SmallFloat.byte4ToInt(SmallFloat.intToByte4(length));
  }

  // Rounded to two significant digits: a new item then leaves it, and so the cut of every common
  // syllable, unchanged.
  private static double average(long sum, int count) {
    double value = count == 0 ? 1 : Math.max(1, (double) sum / count);
    double scale = Math.pow(10, Math.floor(Math.log10(value)) - 1);
    return Math.round(value / scale) * scale;
  }

  /**
   * By slot, k1 (1 - b + b dl / avgdl) with k1 1.2, b 0.75 as Lucene's BM25: a term's weight in the
   * item is then about freq / (freq + norm), below 1, rising with freq, falling with length. Only
   * the cut of a very common syllable's postings uses it; the page computes BM25 as Lucene does.
   */
  static double[] norms(int[] lengths, double average) {
    double[] norms = new double[lengths.length];
    for (int s = 0; s < lengths.length; s++) {
      norms[s] = 1.2 * (1 - 0.75 + 0.75 * lengths[s] / average);
    }
    return norms;
  }
}
