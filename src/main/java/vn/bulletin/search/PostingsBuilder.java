package vn.bulletin.search;

import java.util.Arrays;
import java.util.List;

/**
 * Collects one term's weight per item, then quantizes it into a {@link TermRecord}. Scratch arrays
 * sized to the collection are reused from term to term.
 */
final class PostingsBuilder {
  /** A syllable in more than this share of the items is soft: optional in queries, postings cut. */
  static final double SOFT_SHARE = 0.25;

  private final double[] weights;
  private final double[] titleFactors;
  private final double[] bodyFactors;
  private final byte[] masks;
  private final boolean[] seen;
  private final int[] touched;
  private final int[] order;
  private final int docs;
  private int count;

  /** @param order by slot, the item's place in date order (higher is newer), 0 for an empty slot */
  PostingsBuilder(int slots, int[] order) {
    weights = new double[slots];
    titleFactors = new double[slots];
    bodyFactors = new double[slots];
    masks = new byte[slots];
    seen = new boolean[slots];
    touched = new int[slots];
    this.order = order;
    int n = 0;
    for (int o : order) {
      n += o > 0 ? 1 : 0;
    }
    this.docs = n;
  }

  /**
   * @param factor the term's BM25 term-frequency factor in one field of the item
   * @param weight that field's weight: the item's postings rank by the sum
   */
  void add(int doc, double factor, double weight, boolean title) {
    if (!seen[doc]) {
      seen[doc] = true;
      touched[count++] = doc;
    }
    weights[doc] += weight * factor;
    (title ? titleFactors : bodyFactors)[doc] = factor;
  }

  void mark(int doc, int bit) {
    masks[doc] |= (byte) (1 << bit);
  }

  /**
   * The record, each field's factor quantized to a byte, the title's apart when {@code fields} (a
   * unigram); clears the scratch space for the next term.
   */
  TermRecord build(String term, List<String> variants, boolean fields) {
    int[] fieldDfs = fields ? new int[] {count(titleFactors), count(bodyFactors)} : new int[0];
    int[] docs = Arrays.copyOf(touched, count);
    boolean truncated = truncated(count, this.docs);
    if (truncated) {
      docs = best(docs, keep(this.docs));
    }
    Arrays.sort(docs);
    byte[] impacts = new byte[docs.length];
    byte[] titleImpacts = new byte[fields ? docs.length : 0];
    byte[] maskBytes = variants.size() > 1 ? new byte[docs.length] : new byte[0];
    for (int i = 0; i < docs.length; i++) {
      impacts[i] = quantized(bodyFactors[docs[i]]);
      if (fields) {
        titleImpacts[i] = quantized(titleFactors[docs[i]]);
      }
      if (maskBytes.length > 0) {
        maskBytes[i] = masks[docs[i]];
      }
    }
    TermRecord record = new TermRecord(term, count, truncated, variants, docs, impacts, maskBytes, fieldDfs,
        titleImpacts);
    clear();
    return record;
  }

  /** Whether a term held by {@code df} of {@code docs} items keeps only its best postings. */
  static boolean truncated(int df, int docs) {
    return df > docs * SOFT_SHARE && df > keep(docs);
  }

  /** How many postings a soft term keeps: enough for any page of results a visitor reads. */
  static int keep(int docs) {
    return Math.max(1000, docs / 100);
  }

  // The k heaviest; on equal weight the newer item wins.
  private int[] best(int[] docs, int k) {
    double[] values = new double[docs.length];
    for (int i = 0; i < docs.length; i++) {
      values[i] = weights[docs[i]];
    }
    double threshold = select(values, docs.length - k);
    int[] out = new int[k];
    int n = 0;
    long[] tied = new long[docs.length];
    int ties = 0;
    for (int doc : docs) {
      if (weights[doc] > threshold) {
        out[n++] = doc;
      } else if (weights[doc] == threshold) {
        tied[ties++] = (long) order[doc] << 32 | doc;
      }
    }
    Arrays.sort(tied, 0, ties);
    for (int i = ties - 1; n < k; i--) {
      out[n++] = (int) tied[i];
    }
    return out;
  }

  // The value that would be at index {@code rank} were the values sorted (Hoare's selection, in place).
  static double select(double[] values, int rank) {
    int lo = 0;
    int hi = values.length - 1;
    while (lo < hi) {
      double pivot = values[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = values[i];
          values[i++] = values[j];
          values[j--] = t;
        }
      }
      if (rank <= j) {
        hi = j;
      } else if (rank >= i) {
        lo = i;
      } else {
        return values[rank];
      }
    }
    return values[rank];
  }

  // A factor is below 1; one that is there never rounds to 0, the mark of a field without the term.
  private static byte quantized(double factor) {
    return factor == 0 ? 0 : (byte) Math.max(1, Math.min(255, Math.round(255 * factor)));
  }

  private int count(double[] factors) {
    int n = 0;
    for (int i = 0; i < count; i++) {
      n += factors[touched[i]] > 0 ? 1 : 0;
    }
    return n;
  }

  private void clear() {
    for (int i = 0; i < count; i++) {
      int doc = touched[i];
      seen[doc] = false;
      weights[doc] = 0;
      titleFactors[doc] = 0;
      bodyFactors[doc] = 0;
      masks[doc] = 0;
    }
    count = 0;
  }
}
