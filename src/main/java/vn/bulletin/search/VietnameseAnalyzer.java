package vn.bulletin.search;

import org.apache.lucene.analysis.Analyzer;

/**
 * The Vietnamese analysis as one Lucene analyzer: each text field gets its view (exact, folded or
 * bigrams) from its name. No stopwords and no stemming: folding merges syllables, so a stopword list
 * would delete content words ("cần" in "Hàm Cần").
 */
final class VietnameseAnalyzer extends Analyzer {
  VietnameseAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new SyllableTokenizer(IndexFields.viewOf(fieldName)));
  }
}
