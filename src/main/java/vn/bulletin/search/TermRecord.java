package vn.bulletin.search;

import java.util.List;

/**
 * One term of a static space with its postings, doc ids ascending. A posting carries how often the
 * item holds the term, not a weight: the page computes BM25 from these counts, the items' length
 * norms and the collection's statistics, as Lucene does, so a record stays as it is when other
 * items come and go.
 *
 * @param df how many items hold the term (also when the postings were cut)
 * @param truncated whether only the best postings were kept (a very common syllable)
 * @param titleFreqs for a unigram, per posting, how often the item's title holds it (0 for none);
 *     empty for a bigram
 * @param freqs per posting, how often the item's body holds a unigram, or the item a bigram
 * @param fieldDfs for a unigram, how many items hold it in the title and in the body (Lucene weighs
 *     each field with its own idf); empty for a bigram
 * @param spellings for a unigram, the exact spellings folding to it; none for a bigram
 */
record TermRecord(
    String term,
    int df,
    boolean truncated,
    int[] docs,
    int[] titleFreqs,
    int[] freqs,
    int[] fieldDfs,
    Spellings spellings) {

  /** A bigram's record: no fields apart, no spellings. */
  static TermRecord bigram(String term, int df, boolean truncated, int[] docs, int[] freqs) {
    return new TermRecord(term, df, truncated, docs, new int[0], freqs, new int[0], Spellings.NONE);
  }

  /**
   * The exact spellings under a folded syllable, most frequent in the live items first, and where
   * each occurs: what Lucene's exact-spelling fields hold.
   *
   * @param forms the spellings
   * @param titleDfs per spelling, how many items hold it in the title (with one spelling, the
   *     fold's own)
   * @param bodyDfs per spelling, how many items hold it in the body
   * @param byPosting with two spellings or more, per posting, the spellings the item holds in order
   *     as {@code [form, titleFreq, bodyFreq, ...]}; empty otherwise, the one spelling having the
   *     fold's counts
   */
  record Spellings(List<String> forms, int[] titleDfs, int[] bodyDfs, int[][] byPosting) {
    static final Spellings NONE = new Spellings(List.of(), new int[0], new int[0], new int[0][]);
  }
}
