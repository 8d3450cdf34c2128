package vn.bulletin.search;

import java.util.List;

/**
 * One term of a static space with its postings, doc ids ascending.
 *
 * @param df how many items hold the term (also when the postings were cut)
 * @param truncated whether only the best postings were kept (a very common syllable)
 * @param variants the exact spellings under a folded term, most frequent first (unigrams only)
 * @param impacts per posting, the term's weight in the item quantized to 1..255 of the space's scale
 * @param masks per posting, bit i set when the item holds {@code variants[i]} (bit 7: a later one);
 *     empty when there are fewer than two variants
 * @param fieldDfs for a unigram, how many items hold it in the title and in the body (Lucene weighs
 *     each field with its own idf); empty for a bigram
 * @param titleImpacts for a unigram, per posting, its BM25 term-frequency factor in the title and
 *     {@code impacts} the one in the body, each quantized to 0..255 of 1; empty for a bigram
 */
record TermRecord(String term, int df, boolean truncated, List<String> variants, int[] docs, byte[] impacts,
    byte[] masks, int[] fieldDfs, byte[] titleImpacts) {}
