package vn.bulletin.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.SmallFloat;

/**
 * The BM25 term-frequency part of one field, as Lucene's BM25Similarity computes it (k1 1.2, b 0.75,
 * lengths decoded from the one-byte norms). The average length is rounded to two significant digits:
 * a new item then leaves it, and so the impacts of every other item, unchanged.
 */
final class FieldLengths {
  static final double K1 = 1.2;
  static final double B = 0.75;

  private final int[] lengths;
  private final double average;

  private FieldLengths(int[] lengths, double average) {
    this.lengths = lengths;
    this.average = average;
  }

  static FieldLengths of(LeafReader leaf, String field) throws IOException {
    int[] lengths = new int[leaf.maxDoc()];
    NumericDocValues norms = leaf.getNormValues(field);
    for (int doc = 0; norms != null && doc < lengths.length; doc++) {
      lengths[doc] = norms.advanceExact(doc) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : 0;
    }
    Terms terms = leaf.terms(field);
    double average = terms == null || terms.getDocCount() == 0 ? 1
        : (double) terms.getSumTotalTermFreq() / terms.getDocCount();
    return new FieldLengths(lengths, roundToTwoDigits(Math.max(average, 1)));
  }

  /** freq / (freq + k1 (1 - b + b dl / avgdl)): below 1, rising with freq, falling with length. */
  double tf(int freq, int doc) {
    return freq / (freq + K1 * (1 - B + B * lengths[doc] / average));
  }

  static double roundToTwoDigits(double value) {
    double scale = Math.pow(10, Math.floor(Math.log10(value)) - 1);
    return Math.round(value / scale) * scale;
  }
}
