package vn.bulletin.search;

import java.util.HashMap;
import java.util.Map;

/**
 * The distinct terms of one field of one item, each with how often it occurs, in no particular
 * order (Lucene takes a document's terms in any order).
 *
 * @param length how many tokens the field holds (the sum of the counts): its length for BM25
 */
record TermCounts(String[] terms, int[] counts, int length) {
  /** Counts terms as they come. */
  static final class Counter {
    private final Map<String, int[]> counted = new HashMap<>();
    private int length;

    void add(String term) {
      int[] count = counted.get(term);
      if (count == null) {
        counted.put(term, new int[] {1});
      } else {
        count[0]++;
      }
      length++;
    }

    TermCounts counts() {
      String[] terms = new String[counted.size()];
      int[] counts = new int[terms.length];
      int i = 0;
      for (Map.Entry<String, int[]> e : counted.entrySet()) {
        terms[i] = e.getKey();
        counts[i++] = e.getValue()[0];
      }
      return new TermCounts(terms, counts, length);
    }
  }
}
