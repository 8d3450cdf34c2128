package vn.bulletin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.SmallFloat;
import vn.bulletin.model.Category;

/**
 * The published items of one build by export slot: path, place in date order, category and the
 * lengths BM25 weighs with. Small (a few numbers per item), so each build makes it whole.
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
  /** How many items have a title, a body and bigrams: the document counts of Lucene's idf per field. */
  final int titleDocs;
  final int bodyDocs;
  final int bigramDocs;
  final double titleAverage;
  final double bodyAverage;
  final double bigramAverage;

  /** @param newestFirst the plan's order; {@code lengths} has every path */
  /**
   * @param categories by path, none for the table of a previous build read back from its index
   * @param previous a table whose slots these items may keep: when its paths are these, its slots are theirs
   */
  DocTable(List<String> newestFirst, Map<String, Category> categories, Map<String, Lengths> lengths,
      DocTable previous) {
    docs = newestFirst.size();
    slots = Slots.size(docs);
    slotOf = previous != null && previous.slots == slots && previous.holdsExactly(newestFirst) ? previous.slotOf
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
    titleAverage = average(sums[0], counts[0]);
    bodyAverage = average(sums[1], counts[1]);
    bigramAverage = average(sums[2], counts[2]);
  }

  /** Whether the slots, the averages and the pruning of rare bigrams are those of {@code other}. */
  boolean sameScale(DocTable other) {
    return slots == other.slots && titleAverage == other.titleAverage && bodyAverage == other.bodyAverage
        && bigramAverage == other.bigramAverage && prunes() == other.prunes();
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

  // Rounded to two significant digits: a new item then leaves it, and so the impacts of every other item, unchanged.
  private static double average(long sum, int count) {
    double value = count == 0 ? 1 : Math.max(1, (double) sum / count);
    double scale = Math.pow(10, Math.floor(Math.log10(value)) - 1);
    return Math.round(value / scale) * scale;
  }

  /**
   * By slot, k1 (1 - b + b dl / avgdl) with k1 1.2, b 0.75 as Lucene's BM25: a term's weight in the
   * item is then freq / (freq + norm), below 1, rising with freq, falling with length.
   */
  static double[] norms(int[] lengths, double average) {
    double[] norms = new double[lengths.length];
    for (int s = 0; s < lengths.length; s++) {
      norms[s] = 1.2 * (1 - 0.75 + 0.75 * lengths[s] / average);
    }
    return norms;
  }
}
