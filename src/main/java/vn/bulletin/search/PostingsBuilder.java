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
  private int count;

  PostingsBuilder(int docs) {
    weights = new double[docs];
    masks = new byte[docs];
    seen = new boolean[docs];
    touched = new int[docs];
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
    int n = weights.length;
    int[] docs = Arrays.copyOf(touched, count);
    boolean truncated = count > n * SOFT_SHARE && count > keep(n);
    if (truncated) {
      docs = best(docs, keep(n));
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

  /** How many postings a soft term keeps: enough for any page of results a visitor reads. */
  static int keep(int docs) {
    return Math.max(1000, docs / 100);
  }

  // The k heaviest; on equal weight the newer item (higher doc id) wins.
  private int[] best(int[] docs, int k) {
    double[] sorted = new double[docs.length];
    for (int i = 0; i < docs.length; i++) {
      sorted[i] = weights[docs[i]];
    }
    Arrays.sort(sorted);
    double threshold = sorted[docs.length - k];
    int[] sortedDocs = docs.clone();
    Arrays.sort(sortedDocs);
    int[] out = new int[k];
    int n = 0;
    for (int doc : sortedDocs) {
      n += weights[doc] > threshold ? 1 : 0;
    }
    int ties = k - n;
    n = 0;
    for (int i = sortedDocs.length - 1; i >= 0; i--) {
      int doc = sortedDocs[i];
      if (weights[doc] > threshold || weights[doc] == threshold && ties-- > 0) {
        out[n++] = doc;
      }
    }
    return out;
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
