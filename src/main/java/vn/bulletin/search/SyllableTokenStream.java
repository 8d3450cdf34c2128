package vn.bulletin.search;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One view of syllables analyzed once per text ({@link Syllables}), handed to Lucene as a field's
 * tokens. The index thus tokenizes exactly as the browser does, and a body is analyzed once for its
 * three views instead of three times.
 */
final class SyllableTokenStream extends TokenStream {
  private final List<Syllable> syllables;
  private final IndexView view;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private int next;

  SyllableTokenStream(List<Syllable> syllables, IndexView view) {
    this.syllables = syllables;
    this.view = view;
  }

  @Override
  public void reset() {
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (next < syllables.size()) {
      Syllable s = syllables.get(next++);
      if (view != IndexView.BIGRAM) {
        term.setEmpty().append(view == IndexView.EXACT ? s.exact() : s.fold());
        // A sentence break leaves a position gap, so a phrase query never spans two sentences.
        increment.setPositionIncrement(s.afterBreak() ? 2 : 1);
        return true;
      }
      if (next > 1 && !s.afterBreak()) {
        term.setEmpty().append(syllables.get(next - 2).fold()).append(' ').append(s.fold());
        return true;
      }
    }
    return false;
  }
}
