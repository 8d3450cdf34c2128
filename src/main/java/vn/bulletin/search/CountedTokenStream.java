package vn.bulletin.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * One field's distinct terms handed to Lucene once each with their count (a field indexed with
 * frequencies and no positions may do so), instead of one token per occurrence. Lucene adds the
 * counts to the field's length, so its norms are those of the tokens one by one.
 */
final class CountedTokenStream extends TokenStream {
  private final TermCounts counts;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
  private int next;

  CountedTokenStream(TermCounts counts) {
    this.counts = counts;
  }

  @Override
  public void reset() {
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (next == counts.terms().length) {
      return false;
    }
    term.setEmpty().append(counts.terms()[next]);
    frequency.setTermFrequency(counts.counts()[next]);
    next++;
    return true;
  }
}
