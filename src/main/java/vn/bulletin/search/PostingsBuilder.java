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
  private final byte[] masks;
  private final boolean[] seen;
  private final int[] touched;
  private final int[] order;
  private final int docs;
  private int count;

  /** @param order by slot, the item's place in date order (higher is newer), 0 for an empty slot */
  PostingsBuilder(int slots, int[] order) {
    weights = new double[slots];
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

  void add(int doc, double weight) {
    if (!seen[doc]) {
      seen[doc] = true;
      touched[count++] = doc;
    }
    weights[doc] += weight;
  }

  void mark(int doc, int bit) {
    masks[doc] |= (byte) (1 << bit);
  }

  /** The record, weights quantized against {@code scale}; clears the scratch space for the next term. */
  TermRecord build(String term, List<String> variants, double scale) {
    int[] docs = Arrays.copyOf(touched, count);
    boolean truncated = truncated(count, this.docs);
    if (truncated) {
      docs = best(docs, keep(this.docs));
    }
    Arrays.sort(docs);
    byte[] impacts = new byte[docs.length];
    byte[] maskBytes = variants.size() > 1 ? new byte[docs.length] : new byte[0];
    for (int i = 0; i < docs.length; i++) {
      impacts[i] = (byte) Math.max(1, Math.min(255, Math.round(255 * weights[docs[i]] / scale)));
      if (maskBytes.length > 0) {
        maskBytes[i] = masks[docs[i]];
      }
    }
    TermRecord record = new TermRecord(term, count, truncated, variants, docs, impacts, maskBytes);
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

  private void clear() {
    for (int i = 0; i < count; i++) {
      int doc = touched[i];
      seen[doc] = false;
      weights[doc] = 0;
      masks[doc] = 0;
    }
    count = 0;
  }
}
