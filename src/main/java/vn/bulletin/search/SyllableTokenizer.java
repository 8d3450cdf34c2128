package vn.bulletin.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's side of {@link Syllables}: one view of the syllables of a field. It reads the whole field
 * and reuses the Java analysis, so the index and the browser can never tokenize differently.
 */
final class SyllableTokenizer extends Tokenizer {
  private final IndexView view;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private List<Syllable> syllables = List.of();
  private Iterator<Syllable> next = syllables.iterator();
  private Syllable previous;
  private int lastEnd;

  SyllableTokenizer(IndexView view) {
    this.view = view;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
      text.append(buffer, 0, n);
    }
    syllables = Syllables.of(text.toString());
    next = syllables.iterator();
    previous = null;
    lastEnd = 0;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (next.hasNext()) {
      Syllable s = next.next();
      Syllable before = previous;
      previous = s;
      if (view == IndexView.BIGRAM) {
        if (before != null && !s.afterBreak()) {
          emit(before.fold() + " " + s.fold(), before.start(), s.end(), 1);
          return true;
        }
        continue;
      }
      // A sentence break leaves a position gap, so a phrase query never spans two sentences.
      emit(view == IndexView.EXACT ? s.exact() : s.fold(), s.start(), s.end(), s.afterBreak() ? 2 : 1);
      return true;
    }
    return false;
  }

  private void emit(String text, int start, int end, int positionIncrement) {
    term.setEmpty().append(text);
    // Offsets point into the normalized text, which has the length of the field for NFC input.
    offset.setOffset(correctOffset(start), correctOffset(end));
    increment.setPositionIncrement(positionIncrement);
    lastEnd = end;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(correctOffset(lastEnd), correctOffset(lastEnd));
  }
}
