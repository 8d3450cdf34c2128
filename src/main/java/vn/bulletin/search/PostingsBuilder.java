package vn.bulletin.search;

import java.util.Arrays;
import java.util.List;

/**
 * Collects one term's counts per item, then makes its {@link TermRecord}. Scratch arrays sized to
 * the collection are reused from term to term.
 */
final class PostingsBuilder {
  /** A syllable in more than this share of the items is soft: optional in queries, postings cut. */
  static final double SOFT_SHARE = 0.25;

  private final double[] weights;
  private final int[] titleFreqs;
  private final int[] freqs;
  private final SpellingCounts spellings;
  private final boolean[] seen;
  private final int[] touched;
  private final int[] order;
  private final int docs;
  private int count;

  /**
   * @param order by slot, the item's place in date order (higher is newer), 0 for an empty slot
   */
  PostingsBuilder(int slots, int[] order) {
    weights = new double[slots];
    titleFreqs = new int[slots];
    freqs = new int[slots];
    spellings = new SpellingCounts(slots);
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
   * @param freq how often one field of the item holds the term
   * @param weight the item's weight for the term in that field: a cut record keeps the items of the
   *     largest sums
   * @param title whether the field is a title (else a body, or the bigrams)
   */
  void add(int doc, int freq, double weight, boolean title) {
    if (!seen[doc]) {
      seen[doc] = true;
      touched[count++] = doc;
    }
    weights[doc] += weight;
    (title ? titleFreqs : freqs)[doc] = freq;
  }

  /**
   * How often one field of an item the term was added for holds its spelling number {@code form}.
   */
  void spell(int doc, int form, boolean title, int freq) {
    spellings.add(doc, form, title, freq);
  }

  /**
   * The record of a unigram ({@code fields}: title and body apart, with its spellings) or of a
   * bigram; clears the scratch space for the next term.
   */
  TermRecord build(String term, List<String> forms, boolean fields) {
    int[] kept = Arrays.copyOf(touched, count);
    boolean truncated = truncated(count, this.docs);
    if (truncated) {
      kept = best(kept, keep(this.docs));
    }
    Arrays.sort(kept);
    int[] keptFreqs = new int[kept.length];
    int[] keptTitles = new int[fields ? kept.length : 0];
    for (int i = 0; i < kept.length; i++) {
      keptFreqs[i] = freqs[kept[i]];
      if (fields) {
        keptTitles[i] = titleFreqs[kept[i]];
      }
    }
    TermRecord record =
        fields
            ? new TermRecord(
                term,
                count,
                truncated,
                kept,
                keptTitles,
                keptFreqs,
                new int[] {present(titleFreqs), present(freqs)},
                spellings(forms, kept))
            : TermRecord.bigram(term, count, truncated, kept, keptFreqs);
    clear();
    return record;
  }

  private TermRecord.Spellings spellings(List<String> forms, int[] kept) {
    if (forms.isEmpty()) {
      return TermRecord.Spellings.NONE;
    }
    if (forms.size() == 1) {
      return new TermRecord.Spellings(
          forms, new int[] {present(titleFreqs)}, new int[] {present(freqs)}, new int[0][]);
    }
    int[] titleDfs = new int[forms.size()];
    int[] bodyDfs = new int[forms.size()];
    for (int i = 0; i < count; i++) {
      spellings.countItem(touched[i], titleDfs, bodyDfs);
    }
    int[][] byPosting = new int[kept.length][];
    for (int i = 0; i < kept.length; i++) {
      byPosting[i] = spellings.of(kept[i]);
    }
    return new TermRecord.Spellings(forms, titleDfs, bodyDfs, byPosting);
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

  // The value that would be at index {@code rank} were the values sorted (Hoare's selection, in
  // place).
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

  // How many of the items the term was added for hold it in the field of these counts.
  private int present(int[] fieldFreqs) {
    int n = 0;
    for (int i = 0; i < count; i++) {
      n += fieldFreqs[touched[i]] > 0 ? 1 : 0;
    }
    return n;
  }

  private void clear() {
    for (int i = 0; i < count; i++) {
      int doc = touched[i];
      seen[doc] = false;
      weights[doc] = 0;
      titleFreqs[doc] = 0;
      freqs[doc] = 0;
      spellings.clear(doc);
    }
    count = 0;
  }
}
