package vn.bulletin.search;

import java.util.List;
import java.util.Set;

/**
 * Tells whether a cut record (the best postings of a very common syllable) still holds when items
 * edited in place changed only their length norms, without reading the term's postings again.
 */
final class CutCheck {
  private final Postings postings;
  private final DocTable table;
  private final DocTable old;

  /**
   * @param table the new export's table; {@code old} the previous one, of the same averages
   */
  CutCheck(Postings postings, DocTable table, DocTable old) {
    this.postings = postings;
    this.table = table;
    this.old = old;
  }

  /**
   * Whether a cut record keeps the same postings although an item edited in place changed length:
   * it is the one such item holding the term, and it stays on its side of the cut, its new weight
   * above the lightest other kept posting's if it was kept, below it if not (a tie decides nothing
   * here: the record is cut again). The other items' weights did not move: their lengths and the
   * averages are the same.
   */
  boolean stands(
      String term,
      byte[] record,
      RecordCodec.Header h,
      boolean unigram,
      List<ItemTerms> inPlace,
      List<Set<String>> held) {
    if (h.file() != null) {
      return false;
    }
    ItemTerms moved = null;
    for (int i = 0; i < inPlace.size(); i++) {
      ItemTerms item = inPlace.get(i);
      if (held.get(i).contains(term) && !table.sameLengths(table.slotOf.get(item.path()), old)) {
        if (moved != null) {
          return false;
        }
        moved = item;
      }
    }
    if (moved == null) {
      return false;
    }
    int slot = table.slotOf.get(moved.path());
    double[] lightest = {Double.POSITIVE_INFINITY};
    boolean[] kept = {false};
    RecordCodec.forEachPosting(
        record,
        h,
        (s, titleFreq, freq) -> {
          if (s == slot) {
            kept[0] = true;
          } else {
            lightest[0] = Math.min(lightest[0], postings.cutWeight(s, titleFreq, freq, unigram));
          }
        });
    double weight =
        unigram
            ? postings.cutWeight(
                slot, count(moved.titleFold(), term), count(moved.bodyFold(), term), true)
            : postings.cutWeight(slot, 0, count(moved.bigrams(), term), false);
    return kept[0] ? weight > lightest[0] : weight < lightest[0];
  }

  private static int count(TermCounts counts, String term) {
    String[] terms = counts.terms();
    for (int i = 0; i < terms.length; i++) {
      if (terms[i].equals(term)) {
        return counts.counts()[i];
      }
    }
    return 0;
  }
}
