package vn.bulletin.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The distinct terms of one field of one item, in string order, each with how often it occurs.
 *
 * @param length how many tokens the field holds (the sum of the counts): its length for BM25
 */
record TermCounts(String[] terms, int[] counts, int length) {
  static final TermCounts EMPTY = new TermCounts(new String[0], new int[0], 0);

  static <T> TermCounts of(List<T> tokens, Function<T, String> term) {
    Map<String, int[]> counted = new HashMap<>(tokens.size() * 2);
    for (T token : tokens) {
      counted.computeIfAbsent(term.apply(token), t -> new int[1])[0]++;
    }
    String[] terms = counted.keySet().toArray(new String[0]);
    Arrays.sort(terms);
    int[] counts = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      counts[i] = counted.get(terms[i])[0];
    }
    return new TermCounts(terms, counts, tokens.size());
  }

  static TermCounts of(List<String> tokens) {
    return of(tokens, Function.identity());
  }
}
