package vn.bulletin.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The terms whose counts moved between an item's previous document in the index and its new
 * analysis: for a folded syllable, its count in the title or in the body, or the count of one of
 * the spellings folding to it (which orders the term's variants); for a bigram, its count. A term
 * the item no longer holds is not found here, since the new analysis does not name it: the caller
 * finds those among the records that held the item.
 */
final class ItemDelta {
  private final StaticExport.OldDoc old;
  private final ItemTerms item;

  ItemDelta(StaticExport.OldDoc old, ItemTerms item) {
    this.old = old;
    this.item = item;
  }

  /** The changed terms of the unigram space ({@code unigram}) or of the bigram space. */
  Set<String> changed(boolean unigram) throws IOException {
    return unigram ? changedUnigrams() : changed(item.bigrams(), IndexFields.TEXT_BIGRAMS);
  }

  private Set<String> changed(TermCounts counts, String field) throws IOException {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < counts.terms().length; i++) {
      if (old.freq(field, counts.terms()[i]) != counts.counts()[i]) {
        out.add(counts.terms()[i]);
      }
    }
    return out;
  }

  // A syllable is unchanged when its folded count held in both fields (one it left in one field
  // while keeping it in the other is among them) and so did the count of each spelling it now has:
  // then the old document had no other spelling either, since a field's spellings of a syllable add
  // up to its folded count.
  private Set<String> changedUnigrams() throws IOException {
    Map<String, Integer> title = byTerm(item.titleFold());
    Map<String, Integer> body = byTerm(item.bodyFold());
    Set<String> all = new TreeSet<>(title.keySet());
    all.addAll(body.keySet());
    Set<String> out = new TreeSet<>();
    for (String term : all) {
      if (old.freq(IndexFields.TITLE_FOLD, term) != title.getOrDefault(term, 0)
          || old.freq(IndexFields.BODY_FOLD, term) != body.getOrDefault(term, 0)) {
        out.add(term);
      }
    }
    markChangedSpellings(item.titleExact(), IndexFields.TITLE_EXACT, out);
    markChangedSpellings(item.bodyExact(), IndexFields.BODY_EXACT, out);
    return out;
  }

  private static Map<String, Integer> byTerm(TermCounts counts) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < counts.terms().length; i++) {
      out.put(counts.terms()[i], counts.counts()[i]);
    }
    return out;
  }

  private void markChangedSpellings(TermCounts exact, String field, Set<String> out)
      throws IOException {
    for (int i = 0; i < exact.terms().length; i++) {
      String form = exact.terms()[i];
      String fold = VietnameseText.fold(form);
      if (!out.contains(fold) && old.freq(field, form) != exact.counts()[i]) {
        out.add(fold);
      }
    }
  }
}
